import { describe, expect, test } from 'vitest';
import { eagerFirstFigure, firstPhoto } from '../../src/lib/content/first-image';

const figure = (extra = '') => `<Figure${extra} src="./anh-1.jpg" alt="Ảnh" />`;

describe('eagerFirstFigure', () => {
  test('the first Figure of an article without cover loads at once, later ones stay lazy', () => {
    const source = `---\ntitle: Tin\n---\n\nĐoạn.\n\n${figure()}\n\n${figure()}\n`;
    expect(eagerFirstFigure(source)).toBe(`---\ntitle: Tin\n---\n\nĐoạn.\n\n${figure(' eager')}\n\n${figure()}\n`);
  });
  test('with a cover photo, the cover is first: no Figure is made eager', () => {
    const source = `---\ntitle: Tin\ncover:\n  src: ./anh.jpg\n  alt: Ảnh\n---\n\n${figure()}\n`;
    expect(eagerFirstFigure(source)).toBe(source);
  });
  test('an explicit eager is kept, and text without Figure is untouched', () => {
    const explicit = `---\ntitle: Tin\n---\n${figure(' eager')}`;
    expect(eagerFirstFigure(explicit)).toBe(explicit);
    expect(eagerFirstFigure('---\ntitle: Tin\n---\nChỉ có chữ.')).toBe('---\ntitle: Tin\n---\nChỉ có chữ.');
  });
  test('a "cover:" line in the body does not count as a cover', () => {
    expect(eagerFirstFigure(`---\ntitle: Tin\n---\ncover: chữ\n\n${figure()}`)).toBe(
      `---\ntitle: Tin\n---\ncover: chữ\n\n${figure(' eager')}`,
    );
  });
});

describe('firstPhoto', () => {
  test.each([
    ['a Figure', 'Đoạn.\n\n<Figure src="./anh-1.jpg" alt="Quang cảnh" caption="c" />', { src: './anh-1.jpg', alt: 'Quang cảnh' }],
    ['the first of several', '<Figure alt="Đầu" src="./a.jpg" />\n![Sau](./b.jpg)', { src: './a.jpg', alt: 'Đầu' }],
    ['a Markdown image before a Figure', '![Trước](./b.png)\n<Figure src="./a.jpg" alt="Sau" />', { src: './b.png', alt: 'Trước' }],
    ['a gallery photo', '<Gallery>\n<GalleryImage src="../chung/c.webp" alt="Ảnh" />\n</Gallery>', { src: '../chung/c.webp', alt: 'Ảnh' }],
    ['none', 'Chỉ có chữ và <Document src="./a.pdf" title="Văn bản" />', undefined],
    ['not a remote photo', '![Ảnh ngoài](https://example.com/a.jpg)', undefined],
  ])('%s', (_, body, expected) => {
    expect(firstPhoto(body)).toEqual(expected);
  });
});
