import { faceGuide } from './crop-3x4.js';

const w = 300;
const h = 400;
const cx = faceGuide.cx * w;
const cy = faceGuide.cy * h;
const rx = faceGuide.rx * w;
const ry = faceGuide.ry * h;
/** Corner marks of the 3x4 frame: what the camera shows outside them is not saved. */
const corner = 28;
const inset = 6;

/**
 * The 3x4 guide drawn over the live picture: everything outside the face oval is dimmed, the
 * oval and the frame corners say where the head and the photo's edges are.
 */
export function GuideOverlay() {
  const dim = `M0 0H${w}V${h}H0Z M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
  const corners = [
    `M${inset} ${inset + corner}V${inset}H${inset + corner}`,
    `M${w - inset - corner} ${inset}H${w - inset}V${inset + corner}`,
    `M${w - inset} ${h - inset - corner}V${h - inset}H${w - inset - corner}`,
    `M${inset + corner} ${h - inset}H${inset}V${h - inset - corner}`,
  ];
  return (
    <svg
      className="photo-guide"
      viewBox={`0 0 ${w} ${h}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <path d={dim} fillRule="evenodd" className="photo-guide__dim" />
      <ellipse cx={cx} cy={cy} rx={rx} ry={ry} className="photo-guide__oval" />
      <line x1={cx - rx * 0.7} x2={cx + rx * 0.7} y1={cy} y2={cy} className="photo-guide__eyes" />
      {corners.map((d) => (
        <path key={d} d={d} className="photo-guide__corner" />
      ))}
    </svg>
  );
}
