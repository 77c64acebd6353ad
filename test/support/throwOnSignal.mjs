// Preloaded into a bot process by test/bot/main.test.ts: SIGUSR2 makes the process throw an
// exception nobody catches, the way a library's unhandled stream error would.
process.on('SIGUSR2', () => {
  throw new Error('fault injected by test (SIGUSR2)');
});
