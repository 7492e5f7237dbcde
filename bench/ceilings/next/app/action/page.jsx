import { WriteForm } from './form';

export default function ActionPage() {
  return (
    <main>
      <WriteForm />
    </main>
  );
}
