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
