/**
 * Dutch messages for zod's built-in checks, so a seed editor or an operator
 * reads "ontbreekt" rather than "Required". Custom messages in a schema win.
 */
import { ZodIssueCode, type ZodErrorMap } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  integer: 'geheel getal',
  boolean: 'true of false',
  array: 'lijst',
  object: 'object',
  null: 'leeg (null)',
  undefined: 'niets',
};

const typeName = (t: string) => TYPE_NAMES[t] ?? t;

export const dutchErrorMap: ZodErrorMap = (issue, ctx) => {
  switch (issue.code) {
    case ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: 'ontbreekt' };
      return { message: `verwacht ${typeName(issue.expected)}, maar kreeg ${typeName(issue.received)}` };
    case ZodIssueCode.invalid_enum_value:
      return { message: `moet een van deze zijn: ${issue.options.join(', ')} (kreeg ${String(issue.received)})` };
    case ZodIssueCode.too_small:
      if (issue.type === 'string') return { message: issue.minimum === 1 ? 'mag niet leeg zijn' : `minstens ${issue.minimum} tekens` };
      if (issue.type === 'array') return { message: `minstens ${issue.minimum} item(s)` };
      return { message: `minstens ${issue.minimum}` };
    case ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `hoogstens ${issue.maximum} tekens` };
      return { message: `hoogstens ${issue.maximum}` };
    case ZodIssueCode.invalid_string:
      if (issue.validation === 'url') return { message: 'geen geldige URL' };
      if (issue.validation === 'email') return { message: 'geen geldig e-mailadres' };
      return { message: 'ongeldige tekst' };
    case ZodIssueCode.unrecognized_keys:
      return { message: `onbekend veld: ${issue.keys.join(', ')}` };
    default:
      return { message: ctx.defaultError };
  }
};
