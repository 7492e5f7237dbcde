import { ensureBuild } from '../security/support/harness';

export default function globalSetup(): void {
  ensureBuild();
}
