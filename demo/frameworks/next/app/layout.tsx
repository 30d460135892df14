import type { ReactNode } from 'react';
import Link from 'next/link';
import './app.css';

export const metadata = { title: 'Glossa in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main className="app">
          <nav>
            <Link href="/">Home</Link> · <Link href="/client">Client component</Link> ·{' '}
            <Link href="/inline">Server component</Link> · <Link href="/rendered">Rendered on the server</Link>
          </nav>
          {children}
        </main>
      </body>
    </html>
  );
}
