/**
 * The emulator's page as a person uses it: pick a chat or channel, type, read
 * the bot's cards, press their buttons. Selectors are the emulator's accessible
 * names and the Adaptive Cards renderer's classes, nothing positional.
 */
import type { Download, Locator, Page } from 'playwright-core';

const TIMEOUT = 15_000;

/** What a sent message waits for: a new card, a text, or both. */
export interface Expect {
  newCard?: boolean;
  text?: string | RegExp;
}

export class TeamsPage {
  constructor(readonly page: Page) {}

  /** The bot's welcome card arrives once the emulator has installed the bot. */
  async waitForWelcome(): Promise<void> {
    await this.page.getByText('Welkom bij de G40 Netwerkdag-bot').first().waitFor({ timeout: TIMEOUT });
  }

  cards(): Locator {
    return this.page.locator('.ac-adaptiveCard');
  }

  lastCard(): Locator {
    return this.cards().last();
  }

  async openPersonalChat(): Promise<void> {
    await this.page.getByRole('treeitem', { name: /Personal Chat/ }).click();
  }

  /** Opens a channel. The first time, the emulator installs the bot into the team; wait for its greeting before posting. */
  async openChannel(team: string, channel: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: `${team} - ${channel}` }).click();
    await this.page.getByText('Start a new post').waitFor({ timeout: TIMEOUT });
  }

  async openGroupChat(name: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: new RegExp(name) }).click();
  }

  /** Types a message in the open chat and sends it; resolves when `expect` (a new card or text) has appeared. */
  async say(text: string, expect: Expect = { newCard: true }): Promise<Locator | null> {
    return this.send({ box: 'last', text, submit: 'enter' }, expect);
  }

  /** In a group chat the bot only hears messages that @mention it. */
  async sayToBot(botName: string, text: string, expect: Expect = { newCard: true }): Promise<Locator | null> {
    return this.send({ box: 'last', mention: botName, text, submit: 'enter' }, expect);
  }

  /** A new post in the open channel ("Start a new post" and its Post button), @mentioning the bot as Teams requires. */
  async postToBot(botName: string, text: string, expect: Expect = { newCard: true }): Promise<Locator | null> {
    return this.send({ box: 'first', mention: botName, text, submit: 'post' }, expect);
  }

  private async send(
    how: { box: 'first' | 'last'; mention?: string; text: string; submit: 'enter' | 'post' },
    expect: Expect,
  ): Promise<Locator | null> {
    const before = await this.cards().count();
    const boxes = this.page.locator('[role=textbox][contenteditable=true]');
    await (how.box === 'first' ? boxes.first() : boxes.last()).click();
    if (how.mention) await this.mention(how.mention);
    await this.page.keyboard.type(how.mention ? ` ${how.text}` : how.text);
    if (how.submit === 'post') await this.page.getByRole('button', { name: 'Post', exact: true }).click();
    else await this.page.keyboard.press('Enter');
    return this.waitForReply(before, expect);
  }

  /** "@" + name, then the suggestion: only a picked suggestion becomes a real mention. */
  private async mention(name: string): Promise<void> {
    await this.page.keyboard.type(`@${name.split(' ')[0]}`);
    await this.page.getByRole('menuitem', { name }).click();
  }

  async waitForReply(cardsBefore: number, expect: Expect): Promise<Locator | null> {
    if (expect.text !== undefined) await this.page.getByText(expect.text).last().waitFor({ timeout: TIMEOUT });
    if (!expect.newCard) return null;
    // A string runs in the page; this file is compiled without the DOM lib.
    await this.page.waitForFunction(`document.querySelectorAll('.ac-adaptiveCard').length > ${cardsBefore}`, undefined, {
      timeout: TIMEOUT,
    });
    const card = this.lastCard();
    await card.scrollIntoViewIfNeeded();
    return card;
  }

  /**
   * Text of the newest chat message matching `pattern`; the same words also show
   * in the sidebar's chat preview and the emulator's log panel, which are skipped.
   */
  async messageText(pattern: RegExp): Promise<string> {
    const matches = this.page.getByText(pattern);
    for (let i = (await matches.count()) - 1; i >= 0; i--) {
      const el = matches.nth(i);
      const inChat = await el.evaluate(
        (n: { closest(selector: string): unknown }) => !n.closest('[role=region]') && !n.closest('[contenteditable][spellcheck=false]'),
      );
      if (inChat) return el.innerText();
    }
    throw new Error(`geen bericht met ${pattern} in het gesprek`);
  }

  /** Presses a card button by its title. */
  async press(card: Locator, title: string | RegExp): Promise<void> {
    await card.getByRole('button', { name: title }).first().click();
  }

  /**
   * Clicks a link that the browser downloads (an .ics). Teams opens card links in a
   * new window, which Chromium closes again once it sees a download; so listen on
   * every page, including ones not yet opened.
   */
  async openDownload(link: Locator): Promise<Download> {
    const context = this.page.context();
    let onPage: ((p: Page) => void) | undefined;
    const download = new Promise<Download>((resolve) => {
      onPage = (p: Page) => void p.once('download', resolve);
      context.on('page', onPage);
      this.page.once('download', resolve);
    });
    try {
      await link.click();
      return await Promise.race([
        download,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('geen download binnen 15 s')), TIMEOUT)),
      ]);
    } finally {
      context.off('page', onPage!);
    }
  }
}
