/** The welcome and help cards. */
import { general } from '../../texts/nl';
import { card, facts, heading, text, type AdaptiveCardJson, type CardAction } from './adaptive';

function helpFacts() {
  return facts(general.helpItems.map(([what, how]) => [what, how]));
}

const HELP_SUBMIT: CardAction = {
  type: 'Action.Submit',
  title: general.helpButton,
  data: { msteams: { type: 'imBack', value: 'hulp' } },
};

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
