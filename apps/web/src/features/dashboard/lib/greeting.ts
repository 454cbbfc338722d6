/** "Good morning, Asha" by the browser's local hour; the first word of the name only. */
export function greetingFor(name: string | undefined, now: Date = new Date()): string {
  const hour = now.getHours();
  const part =
    hour < 5 ? 'Hello' : hour < 12 ? 'Good morning' : hour < 17 ? 'Good afternoon' : 'Good evening';
  const firstName = name?.trim().split(/\s+/)[0];
  return firstName ? `${part}, ${firstName}` : part;
}
