/**
 * The one formatter of content problems: what `npm run check`, the build and the build's Vite
 * guard print, so an editor reads the same line whichever of them found the mistake. Zod's
 * issues (the frontmatter schema) are turned into the same problems here.
 */
import { displayPath } from '../lib/content/display-path.ts';

/** One thing wrong in one file, as `npm run check` and the build report it. */
export interface Problem {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line in the file (1 when the problem concerns the whole file). */
  line: number;
  /** 1-based column, when the parser knows it (MDX syntax errors). */
  column?: number;
  /** The field, prop or part of the file: `title`, `cover.alt`, `<Figure> src`, `nội dung`. */
  field: string;
  /** What is wrong, then ` — ` and what to write instead, in Vietnamese. */
  message: string;
}

/** The one-line form editors read: `path:line: field — what is wrong — what to write`. */
export function formatProblem(problem: Problem, cwd = process.cwd()): string {
  const column = problem.column ? `:${problem.column}` : '';
  return `${displayPath(problem.file, cwd)}:${problem.line}${column}: ${problem.field} — ${problem.message}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** What a Zod issue says that a problem needs: where in the data, and the schema's message. */
interface Issue {
  path: PropertyKey[];
  message: string;
}

/**
 * The issues of a failed schema check as problems: the field is the issue's path (`cover.alt`,
 * `tags.1`) or `whole` when it concerns the whole data, the line is where `lineOf` finds that path
 * in the file, and the message is the schema's own (written for editors in `src/schemas/`).
 */
export function issuesToProblems(
  file: string,
  issues: readonly Issue[],
  lineOf: (path: PropertyKey[]) => number,
  whole = 'frontmatter',
): Problem[] {
  return issues.map((issue) => ({
    file,
    line: lineOf(issue.path),
    field: issue.path.map(String).join('.') || whole,
    message: issue.message,
  }));
}
