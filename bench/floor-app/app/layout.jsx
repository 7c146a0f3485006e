// The framework floor for bench:weight: the smallest App Router page this stack can ship.
export default function RootLayout({ children }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  );
}
