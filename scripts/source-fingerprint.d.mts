export const BUILD_INPUTS: string[];
export function sourceFingerprint(root: string): string;
