// Passwords too common to accept, whatever their length (NIST SP 800-63B: check new passwords
// against a list of known-breached values). The most frequent entries of public breach lists
// that pass the 8-character minimum; compared case-insensitively.
const COMMON = new Set([
  'password', 'password1', 'password12', 'password123', 'password1234', 'passw0rd', 'p@ssw0rd', 'p@ssword',
  '12345678', '123456789', '1234567890', '12345678910', '87654321', '11111111', '00000000', '88888888',
  '11223344', '12121212', '123123123', '123321123', '147258369', '987654321', '0123456789', '1q2w3e4r',
  '1q2w3e4r5t', '1qaz2wsx', 'qwertyuiop', 'qwerty123', 'qwerty12', 'qwertyui', 'asdfghjkl', 'asdfasdf',
  'zxcvbnm1', 'iloveyou', 'iloveyou1', 'sunshine', 'princess', 'football', 'baseball', 'welcome1',
  'welcome123', 'letmein1', 'trustno1', 'superman', 'starwars', 'whatever', 'computer', 'michelle',
  'jennifer', 'corvette', 'mercedes', 'liverpool', 'charlie1', 'monkey123', 'dragon123', 'master123',
  'abc12345', 'abcd1234', 'aa123456', 'qazwsxedc', 'changeme', 'administrator', 'admin123', 'admin1234',
  'football1', 'basketball', 'chocolate', 'butterfly', 'password!', 'iloveu123', 'zaq12wsx', 'secret123',
]);

/** True for a password on the common list (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

export const COMMON_PASSWORD_MESSAGE = 'This password is too common. Choose one that is harder to guess.';
