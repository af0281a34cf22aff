/** A known publisher: an outlet or a wire service, with every name it goes by and its domains. */
export interface RegistryEntry {
  name: string;
  aliases: string[];
  /** The first is its main domain. */
  domains: string[];
  kind: 'outlet' | 'agency';
  /** What it writes in a dateline or a closing credit, case as written: "AP", "dpa", "EFE", "共同". */
  tokens?: string[];
}
