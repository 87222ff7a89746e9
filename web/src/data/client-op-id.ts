let opCounter = 0;
/** A client operation id: unique per command, kept across reconnects so a re-send is never applied twice. */
export function newClientOpId(): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  opCounter += 1;
  return `web-${Date.now().toString(36)}-${random[0]?.toString(36)}${random[1]?.toString(36)}-${opCounter}`;
}
