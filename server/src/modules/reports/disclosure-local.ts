import { type AuditMemory, type AuditRelation, type AuditRow, narrowedCells, provenWide } from './disclosure-audit.js';
import type { Block } from './report-universe.js';

/**
 * Each specialist's hidden cells proven safe on a small program of their own, before the whole
 * family's.
 *
 * Hold every other specialist at their true counts and let only this specialist, the people of no
 * specialist and the organisation's own atoms move. Every point of that small program is a point of
 * the whole one (the others' published cells hold at the truth), so a cell it shows can take five
 * values can take them in the whole program too — with a few hundred unknowns instead of tens of
 * thousands. What it cannot prove is left to the whole program, which sees more freedom.
 */
export async function proveEachSpecialist(
  block: Block,
  rows: readonly AuditRow[],
  targets: readonly number[],
  memory: AuditMemory,
  specialists: number,
): Promise<void> {
  if (specialists < 2) return; // one specialist: the whole program is as small
  const { z: Z, ySlots, units, leaves: L } = block.layout;
  const none = units - 1;
  const byScope = new Map<number, number[]>();
  for (const t of targets) {
    const scope = block.cells[t]?.scope ?? 0;
    if (scope === 0) continue;
    const list = byScope.get(scope);
    if (list) list.push(t);
    else byScope.set(scope, [t]);
  }

  /** Proves the cells `own` with only the `movable` units and the organisation's atoms free. */
  const prove = async (movable: readonly number[], own: readonly number[]) => {
    // z atoms keep their index; the movable units' y atoms follow; everyone else's are fixed.
    const local = (atom: number): number | undefined => {
      if (atom < Z) return atom;
      const { ySlot, unit, leaf } = block.layout.ofY(atom);
      const k = movable.indexOf(unit);
      if (k < 0) return undefined;
      return Z + (k * ySlots + ySlot) * L + leaf;
    };
    const truth = new Array<number>(Z + movable.length * ySlots * L).fill(0);
    block.atomCount.forEach((n, a) => {
      const i = local(a);
      if (i !== undefined) truth[i] = n;
    });
    const mapped = (atoms: ArrayLike<number>) => Array.from(atoms).flatMap((a) => local(a) ?? []);
    const scopes = new Set(movable.map((u) => u + 1));
    const blockRowOf: number[] = [];
    const subRows: AuditRow[] = [];
    block.cells.forEach((cell, i) => {
      const row = rows[i];
      if (!row || (cell.scope !== 0 && !scopes.has(cell.scope))) return;
      blockRowOf.push(i);
      subRows.push({ ...row, atoms: mapped(row.atoms) });
    });
    const relations: AuditRelation[] = block.relations.map((rel) => {
      // A fixed atom is a constant: it moves to the right-hand side.
      let rhs = 0;
      for (const a of rel.plus) if (local(a) === undefined) rhs -= block.atomCount[a] ?? 0;
      for (const a of rel.minus) if (local(a) === undefined) rhs += block.atomCount[a] ?? 0;
      return { plus: mapped(rel.plus), minus: mapped(rel.minus), equal: rel.equal, rhs };
    });
    const rowOf = new Map(blockRowOf.map((t, i) => [t, i]));
    const subTargets = own.flatMap((t) => rowOf.get(t) ?? []);
    const subMemory: AuditMemory = { low: new Map(), high: new Map() };
    await narrowedCells(
      { atomCount: truth.length, rows: subRows, relations, targets: subTargets, truth },
      { memory: subMemory },
    );
    for (const i of subTargets) {
      const t = blockRowOf[i];
      const lo = subMemory.low.get(i);
      const hi = subMemory.high.get(i);
      if (t === undefined || lo === undefined || hi === undefined) continue;
      memory.low.set(t, Math.min(memory.low.get(t) ?? lo, lo));
      memory.high.set(t, Math.max(memory.high.get(t) ?? hi, hi));
    }
  };

  // Alone first; what that cannot prove, with the next specialist free to move too.
  for (const [scope, own] of byScope) await prove([scope - 1, none], own);
  for (const [scope, own] of byScope) {
    const left = own.filter((t) => !provenWide(memory, t));
    if (left.length > 0) await prove([scope - 1, scope % specialists, none], left);
  }
}
