import { ClientQuiz } from './client-quiz';

export default function ClientPage() {
  return (
    <>
      <h1>A client component</h1>
      <ClientQuiz />
    </>
  );
}
