import { caseDeadlines, DEFAULT_DEADLINE_RULES, type CaseDeadlines } from '../domain/deadlines';
import type { ExchangeCase } from '../domain/exchange';
import { builtInHolidayCalendar } from '../domain/holidays';

/**
 * The deadlines a case shows wherever it is shown (case page, `cli show`, `cli deadlines`).
 * Until the settings screen stores the organization's periods and extra holiday years, these
 * are the default periods and the built-in calendar.
 */
const calendar = builtInHolidayCalendar();

export const deadlinesOf = (c: ExchangeCase): CaseDeadlines => caseDeadlines(c, DEFAULT_DEADLINE_RULES, calendar);
