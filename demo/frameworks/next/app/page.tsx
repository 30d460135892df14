export default function Home() {
  return (
    <>
      <h1>Glossa in Next.js</h1>
      <p>
        The same quiz three ways: set as a property by a client component, given as inline JSON by a server
        component, and rendered on the server by <code>glossa render</code>, then hydrated.
      </p>
    </>
  );
}
