import { qrSymbol } from "@/lib/qr";

/** A QR code of `value` as inline SVG, rendered on the server (no script reaches the browser). */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { path, box } = qrSymbol(value);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${box} ${box}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr-value={value}
    >
      <rect width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
