/** File names for the forms sent to each unit: readable in a mail attachment, valid everywhere. */

/**
 * "BieuChiTieu - Xã Hợp Hòa.xlsx". Vietnamese letters are kept (every current system stores
 * them); what Windows refuses in a name (\/:*?"<>|, control characters, a trailing dot or
 * space) is replaced, and names already taken get " (2)", " (3)".
 */
export function formFileName(
  prefix: string,
  unit: string,
  code: string | null,
  taken: Set<string>,
): string {
  const clean = (s: string) =>
    s
      .normalize("NFC")
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, "-")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/[. ]+$/, "");
  const label = clean(unit) || clean(code ?? "") || "Đơn vị";
  const base = `${clean(prefix)} - ${label}`.slice(0, 120);
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${base} (${n}).xlsx`;
  taken.add(name.toLocaleLowerCase());
  return name;
}
