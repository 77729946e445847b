import { expect, test } from '@playwright/test';
import { SEED_ARTICLE } from './site';

test.describe('the seed article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED_ARTICLE);
  });

  test('shows title, date, lead and body with correct Vietnamese', async ({ page }) => {
    await expect(page).toHaveTitle('Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số | Sở TT&TT Lai Châu');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phiên họp thứ ba Ủy ban Quốc gia về chuyển đổi số');
    const article = page.locator('article');
    await expect(article).toContainText('Đăng lúc Thứ Hai, 08/08/2022, 11:45 (GMT+7)');
    await expect(article).toContainText('Sáng nay (08/8), Ủy ban Quốc gia về chuyển đổi số tổ chức phiên họp thứ ba');
    await expect(article).toContainText('Dự phiên họp tại điểm cầu tỉnh Lai Châu có đồng chí Giàng A Tính');
    await expect(article).toContainText('Thành phố Đà Nẵng lần thứ hai liên tiếp xếp vị trí thứ nhất về DTI cấp tỉnh với giá trị 0,6419.');
    await expect(article).toContainText('tại bộ, ngành, địa phương./.');
    const text = await article.innerText();
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/Ã|Æ°|á»/); // no mojibake
    const meta = await page.evaluate(() => ({ lang: document.documentElement.lang, charset: document.characterSet }));
    expect(meta).toEqual({ lang: 'vi', charset: 'UTF-8' });
  });

  test('breadcrumb leads home and to the chuyên mục', async ({ page }) => {
    const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' });
    await expect(crumbs).toHaveText(/Trang chủ\s*›\s*Tin tức - Sự kiện/);
    await expect(crumbs.getByRole('link', { name: 'Trang chủ' })).toHaveAttribute('href', '/');
    await expect(crumbs.getByRole('link', { name: 'Tin tức - Sự kiện' })).toHaveAttribute('href', '/chuyen-muc/tin-tuc/');
  });

  test('four photos with captions, credited, with alt text and optimised formats', async ({ page }) => {
    const figures = page.locator('article figure');
    await expect(figures).toHaveCount(4);
    await expect(figures.locator('figcaption')).toHaveText([
      'Quang cảnh một số điểm cầu trên toàn quốc. (Ảnh minh họa)',
      'Quang cảnh điểm cầu tỉnh Lai Châu (Ảnh minh họa)',
      'Thủ tướng Chính phủ Phạm Minh Chính phát biểu khai mạc phiên họp (Ảnh minh họa)',
      'Ông Hồ Đức Phớc - Bộ trưởng Bộ Tài chính phát biểu tham luận tại Hội nghị (Ảnh minh họa)',
    ]);
    for (const img of await figures.locator('img').all()) {
      await expect(img).toHaveAttribute('alt', /\S/);
      await expect(img).toHaveAttribute('width', /\d+/);
      await expect(img).toHaveAttribute('height', /\d+/);
    }
    await expect(figures.first().locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif/);
    await expect(figures.first().locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp/);
    // Every photo really loads once scrolled to.
    for (const img of await figures.locator('img').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
  });

  test('lists the five related news items with the seed timestamps', async ({ page }) => {
    const related = page.getByRole('region', { name: 'Tin liên quan' });
    const items = related.getByRole('listitem');
    await expect(items).toHaveCount(5);
    const expected = [
      ['Lai Châu: Tăng cường phòng ngừa, đấu tranh với tội phạm, vi phạm pháp luật liên quan đến cá độ bóng đá', '04/12/2022 3:56:59 CH'],
      [
        'Hướng dẫn thực hiện các nội dung thành phần về thông tin và truyền thông trong các chương trình mục tiêu Quốc gia giai đoạn 2021-2025',
        '02/12/2022 10:53:55 SA',
      ],
      ['Sở Thông tin và Truyền thông Điện Biên thăm và làm việc với Sở Thông tin và Truyền thông Lai Châu', '28/11/2022 5:13:46 CH'],
      ['Tập huấn về công tác thông tin đối ngoại, công tác phát ngôn và cung cấp thông tin cho báo chí năm 2022', '28/11/2022 2:18:28 CH'],
      ['Lễ kết nạp đảng viên mới năm 2022 của Chi bộ Trung tâm Công nghệ thông tin và Truyền thông', '08/11/2022 10:06:23 SA'],
    ];
    for (const [title, time] of expected) {
      const item = items.filter({ hasText: title! });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText(`(${time})`);
    }
    await related.getByRole('link', { name: expected[2]![0]! }).click();
    await expect(page).toHaveURL(/\/tin-tuc\/so-thong-tin-va-truyen-thong-dien-bien-tham-va-lam-viec-voi-so-lai-chau\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[2]![0]!);
  });

  test('tags and the next article of the chuyên mục', async ({ page }) => {
    const tags = page.getByRole('link', { name: 'Ủy ban Quốc gia về chuyển đổi số' });
    await expect(tags).toHaveAttribute('href', '/tu-khoa/uy-ban-quoc-gia-ve-chuyen-doi-so/');
    const newer = page.getByRole('navigation', { name: /Tin cùng chuyên mục/ }).getByRole('link');
    await expect(newer).toContainText('Lễ kết nạp đảng viên mới năm 2022');
  });

  test('the footer carries the department contact from co-quan.yaml and its notice from footer.mdx', async ({ page }) => {
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH LAI CHÂU');
    await expect(footer).toContainText(
      'Chịu trách nhiệm nội dung: Ông Phạm Quang Cường, Phó Giám đốc Sở Thông tin và Truyền thông - Trưởng Ban Biên tập',
    );
    await expect(footer).toContainText('Trụ sở cơ quan: Tầng 7, Nhà D, Trung tâm Hành chính - Chính trị tỉnh Lai Châu');
    await expect(footer).toContainText('Điện thoại: 0213.3791.558');
    await expect(footer.getByRole('link', { name: 'banbientap@laichau.gov.vn' })).toHaveAttribute(
      'href',
      'mailto:banbientap@laichau.gov.vn',
    );
    await expect(footer).toContainText('Ghi rõ nguồn http://stttt.laichau.gov.vn khi sử dụng thông tin trên website này.');
    await expect(footer.getByRole('img', { name: 'Chứng nhận Tín nhiệm mạng' })).toBeVisible();
  });

  test('prints cleanly: no menu, search or related lists on paper', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeHidden();
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('region', { name: 'Tin liên quan' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('article figure').first()).toBeVisible();
  });
});
