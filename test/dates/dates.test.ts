import { describe, expect, it } from 'vitest';
import {
  checkWeekday,
  type DateMention,
  findDates,
  mayHoldMention,
  parseIsoPrecision,
} from '../../src/extract/dates.js';

/** The single mention found in `text`, with its offsets checked against the text. */
function one(text: string, anchor: string | null, lang: 'id' | 'en' = 'id'): DateMention {
  const found = findDates(text, { anchor, lang });
  expect(found, `mentions in ${JSON.stringify(text)}`).toHaveLength(1);
  const m = found[0];
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
}

describe('absolute Indonesian dates', () => {
  it('reads "Selasa 8 November 2022" even when the year is glued to the next sentence', () => {
    const text =
      'kata pejabat itu dalam sebuah pernyataan, seperti dikutip media, Selasa 8 November 2022Bantuan senjata apa pun akan menjadi tanda.';
    const m = one(text, '2022-11');
    expect(m).toMatchObject({
      text: 'Selasa 8 November 2022',
      value: '2022-11-08',
      precision: 'day',
      kind: 'absolute',
    });
    expect(m.note).toBeUndefined(); // 8 November 2022 was a Tuesday
  });

  it('reads "Selasa (8/11/2022)" and merges the time "pukul 10.30 WIB" with its offset', () => {
    const text =
      'JAKARTA - Presiden Joko Widodo membuka rapat terbatas di Istana Merdeka, Selasa (8/11/2022) pukul 10.30 WIB.';
    const m = one(text, '2022-11-08');
    expect(m).toMatchObject({
      text: 'Selasa (8/11/2022) pukul 10.30 WIB',
      value: '2022-11-08T10:30+07:00',
      precision: 'time',
    });
  });

  it('reads a parenthesized "(7/10/2025)" without a weekday', () => {
    const m = one('Rapat paripurna DPR digelar di Senayan, Jakarta (7/10/2025).', '2025-10-07');
    expect(m).toMatchObject({ text: '(7/10/2025)', value: '2025-10-07', precision: 'day', kind: 'absolute' });
  });

  it('reads "Senin (6/10)" with the year from the anchor and the weekday as a check', () => {
    const text = 'Menteri Keuangan Purbaya Yudhi Sadewa menyampaikan hal itu di Jakarta, Senin (6/10).';
    const m = one(text, '2025-10-07');
    expect(m).toMatchObject({ text: 'Senin (6/10)', value: '2025-10-06', precision: 'day' });
    expect(m.note).toContain('year 2025');
    expect(m.note).not.toContain('does not match');
  });

  it('uses the weekday to pick the year of a day/month near New Year', () => {
    // Anchor 2 January 2025; "Selasa (31/12)" is Tuesday 31 December 2024, not 2025 (a Wednesday).
    const m = one('Pengumuman itu disampaikan Selasa (31/12).', '2025-01-02');
    expect(m.value).toBe('2024-12-31');
  });

  it('keeps the date but notes a weekday that does not match it', () => {
    const m = one('Polisi menangkap tersangka pada Senin (8/11/2022).', '2022-11-09');
    expect(m.value).toBe('2022-11-08');
    expect(m.note).toMatch(/does not match/);
  });

  it('reads "8 Nov 2022", "November 2022" and "pada 2019"', () => {
    expect(one('Kontrak itu diteken pada 8 Nov 2022 di Jakarta.', null)).toMatchObject({
      text: '8 Nov 2022',
      value: '2022-11-08',
      precision: 'day',
    });
    expect(one('Inflasi tercatat 5,42 persen pada November 2022.', null)).toMatchObject({
      text: 'November 2022',
      value: '2022-11',
      precision: 'month',
    });
    expect(one('Undang-undang itu disahkan pada 2019 dan langsung digugat.', null)).toMatchObject({
      text: 'pada 2019',
      value: '2019',
      precision: 'year',
      kind: 'absolute',
    });
  });

  it('reads a day range as one period at month precision', () => {
    const m = one('KTT G20 berlangsung di Bali pada 15-16 November 2022.', '2022-11');
    expect(m).toMatchObject({
      value: '2022-11',
      precision: 'month',
      range: { start: '2022-11-15', end: '2022-11-16' },
    });
  });
});

describe('relative Indonesian dates against a day anchor', () => {
  const anchor = '2022-11-08'; // a Tuesday
  const cases: [string, string, string | null, string, { start: string; end: string }?][] = [
    [
      'Juru bicara itu mengatakan pekan lalu bahwa pasokan telah dikirim.',
      'pekan lalu',
      '2022-W44',
      'week',
      { start: '2022-10-31', end: '2022-11-06' },
    ],
    [
      'Harga beras naik sejak minggu lalu di sejumlah pasar.',
      'minggu lalu',
      '2022-W44',
      'week',
      { start: '2022-10-31', end: '2022-11-06' },
    ],
    ['Inflasi tahun lalu mencapai 1,87 persen.', 'tahun lalu', '2021', 'year'],
    ['Polisi memeriksa saksi kemarin di Mapolda Metro Jaya.', 'kemarin', '2022-11-07', 'day'],
    ['Sidang lanjutan digelar hari ini di PN Jakarta Selatan.', 'hari ini', '2022-11-08', 'day'],
    ['Presiden dijadwalkan tiba di Bali besok pagi.', 'besok', '2022-11-09', 'day'],
    ['Gempa mengguncang Cianjur dua hari lalu.', 'dua hari lalu', '2022-11-06', 'day'],
    ['Korban ditemukan 3 hari yang lalu oleh warga.', '3 hari yang lalu', '2022-11-05', 'day'],
    ['Tarif baru berlaku bulan depan.', 'bulan depan', '2022-12', 'month'],
    [
      'Ribuan wisatawan diperkirakan datang akhir pekan ini.',
      'akhir pekan ini',
      '2022-W45',
      'week',
      { start: '2022-11-12', end: '2022-11-13' },
    ],
    ['Rapat itu digelar Rabu lalu di Gedung DPR.', 'Rabu lalu', '2022-11-02', 'day'],
    ['Kesepakatan itu ditandatangani setahun lalu.', 'setahun lalu', '2021', 'year'],
  ];
  for (const [text, surface, value, precision, range] of cases) {
    it(`resolves "${surface}"`, () => {
      const m = one(text, anchor);
      expect(m).toMatchObject({ text: surface, value, precision, kind: 'relative' });
      expect(m.range).toEqual(range);
    });
  }

  it('reads "Kamis pekan depan pukul 10.30 WIB" as Thursday of the next ISO week, with its time', () => {
    const m = one(
      'Sidang dilanjutkan Kamis pekan depan pukul 10.30 WIB dengan agenda tuntutan.',
      '2025-09-18',
    );
    expect(m).toMatchObject({ text: 'Kamis pekan depan pukul 10.30 WIB', value: '2025-09-25T10:30+07:00' });
  });

  it('reads a capitalized "Minggu lalu" mid-sentence as last Sunday and at sentence start as last week', () => {
    expect(one('Demonstrasi berlangsung pada Minggu lalu di Monas.', anchor).value).toBe('2022-11-06');
    expect(one('Minggu lalu, pemerintah mengumumkan kenaikan harga BBM.', anchor).value).toBe('2022-W44');
  });

  it('puts a bare time on the anchor day, with WITA and WIT offsets', () => {
    expect(one('Pesawat mendarat di Makassar pukul 14.15 WITA.', anchor).value).toBe(
      '2022-11-08T14:15+08:00',
    );
    expect(one('Gempa terjadi pukul 07.00 WIT di Jayapura.', anchor).value).toBe('2022-11-08T07:00+09:00');
    expect(one('Kebakaran terjadi sekitar 10.30 WIB.', anchor).value).toBe('2022-11-08T10:30+07:00');
  });
});

describe('sentences without a date', () => {
  it('finds none in amounts, counts and the words "tahun" or "lalu" on their own', () => {
    for (const text of [
      'Defisit APBN mencapai Rp49,5 triliun atau 2,8 persen dari PDB.',
      'Sebanyak 23.100 ton CPO dijual ke perseroan, lalu dikirim ke Rotterdam.',
      'Program itu sudah berjalan bertahun-tahun dan melibatkan 1.234 relawan.',
    ])
      expect(findDates(text, { anchor: '2022-11-08', lang: 'id' }), text).toEqual([]);
  });

  it('still finds an hour written without minutes after a time word', () => {
    expect(one('Gempa mulai terjadi sekitar jam 11 malam.', '2022-11-08').text).toMatch(/^jam 11/);
  });
});

describe('mayHoldMention', () => {
  it('holds for the text of every mention, whichever parser read it', () => {
    const samples: [string, 'id' | 'en'][] = [
      ['Rapat digelar Selasa (8/11/2022) pukul 10.30 WIB di Jakarta.', 'id'],
      ['Acara itu berlangsung pada 17 Agt. 2022 dan sejak 2019 rutin digelar.', 'id'],
      ['Ia tiba kemarin, dua hari lalu adiknya, sepekan lalu ayahnya, Kamis pekan depan ibunya.', 'id'],
      ['Laporan terbit November 2022; pemilu digelar 14 Februari 2024.', 'id'],
      ['The talks ended on Tuesday, Nov. 8, 2022, at 10:30 a.m., and resume next week.', 'en'],
      ['It opened on the twenty-first of May, three days ago, not yesterday.', 'en'],
    ];
    for (const [text, lang] of samples) {
      const found = findDates(text, { anchor: '2022-11-08', lang });
      expect(found.length, text).toBeGreaterThan(0);
      for (const m of found) expect(mayHoldMention(lang, m.text), m.text).toBe(true);
    }
  });

  it('fails for words without a digit or a date word', () => {
    expect(mayHoldMention('id', ', kata Menteri Keuangan Sri Mulyani di Jakarta.')).toBe(false);
    expect(mayHoldMention('en', ', the minister told reporters.')).toBe(false);
  });
});

describe('ranges', () => {
  it('reads a time range as its start time', () => {
    const m = one('Pemadaman listrik berlangsung pukul 10.30 hingga 12.00 WIB.', '2022-11-08');
    expect(m.value).toMatch(/^2022-11-08T10:30/);
  });

  it('reads a weekday range from its own two weekdays, never from placeholder values', () => {
    const m = one('Festival digelar Sabtu-Minggu di Lapangan Banteng.', '2022-11-08');
    expect(m).toMatchObject({
      text: 'Sabtu-Minggu',
      kind: 'relative',
      range: { start: '2022-11-05', end: '2022-11-06' },
    });
  });
});

describe('relative dates against a coarse or missing anchor', () => {
  it('never makes a day out of a month anchor', () => {
    const m = one('Ia mengatakan kemarin bahwa tidak ada transaksi.', '2022-11');
    expect(m.precision).not.toBe('day');
    expect(m.value).toBe('2022');
    expect(m.range).toEqual({ start: '2022-10-31', end: '2022-11-29' });
  });

  it('keeps month precision for "bulan depan" and "bulan lalu" on a month anchor', () => {
    expect(one('Tarif baru berlaku bulan depan.', '2022-11')).toMatchObject({
      value: '2022-12',
      precision: 'month',
    });
    expect(one('Penjualan turun bulan lalu.', '2022-01')).toMatchObject({
      value: '2021-12',
      precision: 'month',
    });
  });

  it('leaves relative expressions unresolved without an anchor', () => {
    const m = one('Juru bicara itu mengatakan pekan lalu bahwa pasokan telah dikirim.', null);
    expect(m).toMatchObject({ value: null, precision: 'week', kind: 'relative' });
  });

  it('gives null when even the year is uncertain', () => {
    const m = one('Tarif baru berlaku bulan depan.', '2022');
    expect(m.value).toBeNull();
    expect(m.range).toEqual({ start: '2022-02-01', end: '2023-01-31' });
  });
});

describe('English', () => {
  it('reads "last week", "on Tuesday" and "Nov. 8, 2022"', () => {
    const text =
      'The spokesman said last week that the shipments continued. They met on Tuesday. The statement was issued Nov. 8, 2022.';
    const found = findDates(text, { anchor: '2022-11-10', lang: 'en' });
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['last week', '2022-W44'],
      ['Tuesday', '2022-11-08'],
      ['Nov. 8, 2022', '2022-11-08'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('merges a weekday with the date after it', () => {
    const m = one('Officials met on Tuesday, Nov. 8, 2022, in Seoul.', null, 'en');
    expect(m).toMatchObject({ text: 'Tuesday, Nov. 8, 2022', value: '2022-11-08' });
    expect(m.note).toBeUndefined();
  });

  it('reads "two days ago", "next month" and "in 2019"', () => {
    expect(one('The ship left port two days ago.', '2022-11-08', 'en').value).toBe('2022-11-06');
    expect(one('Talks resume next month.', '2022-11-08', 'en').value).toBe('2022-12');
    expect(one('The law was passed in 2019 after a long debate.', null, 'en').value).toBe('2019');
  });
});

describe('non-dates are left alone', () => {
  const texts: [string, 'id' | 'en'][] = [
    ['Indeks Harga Saham Gabungan naik 5,32% pada sesi pertama.', 'id'],
    ['Skor akhir 10.30 tidak tercatat di papan.', 'id'],
    ['Sebanyak 2/3 anggota DPR menyetujui usulan itu.', 'id'],
    ['Hal itu diatur dalam UU No. 7/2020 tentang Mahkamah Konstitusi.', 'id'],
    ['Perpres Nomor 12/2022 dan PP 5/2021 tidak mengatur hal itu.', 'id'],
    ['Banjir merendam hingga 2000 rumah warga.', 'id'],
    ['Harga cabai mencapai Rp 10.500 per kilogram.', 'id'],
    ['Tim menang 2-1 dan rasio utang 1/2 dari target.', 'id'],
    ['Sekitar 3/4 of them voted under Law No. 7/2020.', 'en'],
  ];
  for (const [text, lang] of texts) {
    it(JSON.stringify(text), () => {
      expect(findDates(text, { anchor: '2022-11-08', lang })).toEqual([]);
    });
  }
});

describe('parseIsoPrecision and checkWeekday', () => {
  it('parses each precision', () => {
    expect(parseIsoPrecision('2022')?.precision).toBe('year');
    expect(parseIsoPrecision('2022-11')?.precision).toBe('month');
    expect(parseIsoPrecision('2022-W44')?.precision).toBe('week');
    expect(parseIsoPrecision('2022-11-08')?.precision).toBe('day');
    expect(parseIsoPrecision('2022-11-08T10:30+07:00')).toMatchObject({
      precision: 'time',
      time: { hour: 10, minute: 30, offset: 420 },
    });
    expect(parseIsoPrecision('2022-02-30')).toBeNull();
    expect(parseIsoPrecision('kemarin')).toBeNull();
  });

  it('maps ISO week 2022-W44 to Monday 31 October – Sunday 6 November', () => {
    const w = parseIsoPrecision('2022-W44')!;
    expect(w.period.end - w.period.start).toBe(6);
    expect(parseIsoPrecision('2022-10-31')!.period.start).toBe(w.period.start);
  });

  it('checks weekdays in both languages', () => {
    expect(checkWeekday('2022-11-08', 'Selasa', 'id')).toBe(true);
    expect(checkWeekday('2022-11-08', 'Senin', 'id')).toBe(false);
    expect(checkWeekday('2022-11-08', 'Tuesday', 'en')).toBe(true);
    expect(checkWeekday('2022-11', 'Selasa', 'id')).toBeNull();
    expect(checkWeekday('2022-11-08', 'Caturwara', 'id')).toBeNull();
  });
});
