/** Size of the thumbnail kept with the seeker record: small enough for lists, 3x4 like the photo. */
export const thumbnailSize = { width: 96, height: 128 } as const;

/**
 * A small JPEG data URL (about 3-5 KB) of a 3x4 picture. It travels with the record to the
 * city system, so lists can show faces without fetching every archived photo.
 */
export function thumbnailOf(picture: CanvasImageSource, doc: Document = document): string {
  const canvas = doc.createElement('canvas');
  canvas.width = thumbnailSize.width;
  canvas.height = thumbnailSize.height;
  const context = canvas.getContext('2d');
  if (!context) return '';
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(picture, 0, 0, thumbnailSize.width, thumbnailSize.height);
  return canvas.toDataURL('image/jpeg', 0.8);
}
