import qrcode from 'qrcode-generator'

/**
 * A QR code as an SVG path drawn in the browser (no canvas, no image from a server): one square per dark module, on
 * a grid of `size` modules with a quiet zone of `margin` modules each side. Error correction M (15 %) so that a
 * scuffed label in a pump room still reads. The values the ledger prints ("EQ-7K3M…") are upper-case letters,
 * digits and '-', which QR's alphanumeric mode carries in fewer modules than bytes.
 */
export interface QrShape {
  /** modules per side of the code itself */
  modules: number
  /** modules per side with the quiet zone: the SVG viewBox */
  size: number
  /** the dark modules as one SVG path */
  path: string
}

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/

export function qrShape(value: string, margin = 4): QrShape {
  const code = qrcode(0, 'M')
  code.addData(value, ALPHANUMERIC.test(value) ? 'Alphanumeric' : 'Byte')
  code.make()
  const modules = code.getModuleCount()
  const parts: string[] = []
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; col++) {
      if (code.isDark(row, col)) parts.push(`M${col + margin} ${row + margin}h1v1h-1z`)
    }
  }
  return { modules, size: modules + 2 * margin, path: parts.join('') }
}

/** The dark modules of a shape, back from its path (for tests and for checking a label). */
export function darkModules(shape: QrShape, margin = 4): Set<string> {
  const cells = new Set<string>()
  for (const m of shape.path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    cells.add(`${Number(m[2]) - margin},${Number(m[1]) - margin}`)
  }
  return cells
}
