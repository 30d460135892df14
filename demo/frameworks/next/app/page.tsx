export default function Home() {
  return (
    <>
      <h1>Glossa in Next.js</h1>
      <p>The same quiz twice: set as a property by a client component, and given as inline JSON by a server component.</p>
    </>
  );
}
