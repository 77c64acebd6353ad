/** The welcome and help cards. */
import { general } from '../../texts/nl';
import { NAV_VERBS } from '../../bot/answers';
import { card, facts, heading, submit, text, type AdaptiveCardJson, type CardAction } from './adaptive';

function helpFacts() {
  return facts(general.helpItems.map(([what, how]) => [what, how]));
}

const HELP_SUBMIT: CardAction = submit(general.helpButton, NAV_VERBS.help);

export function welcomeCard(): AdaptiveCardJson {
  return card([heading(general.welcomeTitle), text(general.welcomeIntro), helpFacts()], [HELP_SUBMIT]);
}

export function helpCard(): AdaptiveCardJson {
  return card([heading(general.helpTitle), helpFacts()]);
}

/** The answer to a card action that failed on our side. */
export function errorCard(): AdaptiveCardJson {
  return card([heading(general.errorCardTitle, { color: 'Attention' }), text(general.somethingWentWrongAction)]);
}
