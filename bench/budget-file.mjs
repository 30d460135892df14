import { readFileSync } from 'node:fs';

/** The committed budgets (bench/budgets.json), or the file `GLOSSA_BUDGETS` names (the exit-code test uses that). */
export function readBudgets() {
  const file = process.env.GLOSSA_BUDGETS ?? 'bench/budgets.json';
  return JSON.parse(readFileSync(file, 'utf8')).budgets;
}
