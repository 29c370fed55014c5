// Indonesian attribution patterns on realistic news sentences, with hand-built entities.
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/extract/statements/index.js';
import type { Statement } from '../../src/types.js';
import { doc, type EntitySpec, entities, view } from './helpers.js';

function run(text: string, specs: EntitySpec[], published = '2025-10-07'): Statement[] {
  const d = doc(text, { lang: 'id', published });
  return extractStatements(d, entities(d, specs));
}

const RUDY: EntitySpec = {
  id: 'rudy',
  name: 'Rudy Hartanto',
  kind: 'person',
  forms: ['Rudy Hartanto', 'Rudy'],
  role: 'Anggota Komisi IV DPR',
};
const ANDI: EntitySpec = {
  id: 'andi',
  name: 'Andi Sulaiman',
  kind: 'person',
  forms: ['Andi Sulaiman', 'Andi'],
  role: 'Menteri Pertanian',
};
const KEMENTAN: EntitySpec = {
  id: 'kementan',
  name: 'Kementerian Pertanian',
  kind: 'organization',
  forms: ['Kementerian Pertanian', 'Kementan'],
};
const BPK: EntitySpec = {
  id: 'bpk',
  name: 'BPK',
  kind: 'organization',
  forms: ['Badan Pemeriksa Keuangan', 'BPK'],
};
const CHINA: EntitySpec = { id: 'chn', name: 'China', kind: 'country', forms: ['China', 'Beijing'] };
const ANTARA: EntitySpec = {
  id: 'antara',
  name: 'Antara',
  kind: 'media',
  forms: ['Antara', 'kantor berita Antara'],
};
const INSTAGRAM: EntitySpec = { id: 'ig', name: 'Instagram', kind: 'organization', forms: ['Instagram'] };

describe('direct quotations: cue after the quotation', () => {
  it.each([
    ['kata', '“Kami menemukan selisih data penyaluran di 14 provinsi,” kata Rudy.'],
    ['ujar', '“Datanya sedang kami rekonsiliasi bersama pemerintah daerah,” ujar Rudy di Jakarta.'],
    ['tutur', '“Silakan diaudit karena kami tidak punya apa pun untuk disembunyikan,” tutur Rudy.'],
    [
      'sebut',
      '“Pupuk yang tercatat sudah sampai ternyata tidak pernah diterima,” sebut Rudy dalam rapat kerja.',
    ],
    ['tegas', '“Kami minta BPK melakukan audit investigatif, bukan sekadar audit rutin,” tegas Rudy.'],
    ['ungkap', '“Uangnya saya serahkan langsung, tidak lewat perantara,” ungkap Rudy.'],
    ['imbuh', '“Kami akan memanggil direksi dalam rapat dengar pendapat,” imbuh Rudy.'],
  ])('`…,” %s Rudy` → Rudy, explicit', (cue, text) => {
    const st = run(text, [RUDY, BPK]);
    expect(view(st)).toEqual([
      expect.objectContaining({ kind: 'direct', speaker: 'rudy', cue, resolution: 'explicit' }),
    ]);
    expect(st[0].content.text.endsWith(',')).toBe(false);
  });

  it('an inverted `X menambahkan.` after the quotation', () => {
    const st = run('“Kami tidak akan mundur selangkah pun dari temuan ini,” Rudy menambahkan.', [RUDY]);
    expect(view(st)).toEqual([
      {
        kind: 'direct',
        speaker: 'rudy',
        cue: 'menambahkan',
        content: 'Kami tidak akan mundur selangkah pun dari temuan ini',
        resolution: 'explicit',
      },
    ]);
  });

  it('`tegasnya` and `pungkasnya` point back to the last speaker', () => {
    const st = run(
      'Anggota Komisi IV DPR Rudy Hartanto menuding Kementerian Pertanian lalai mengawasi penyaluran pupuk. ' +
        '“Kalau ini dibiarkan, petani kita yang menanggung akibatnya,” tegasnya. ' +
        'Menteri Pertanian Andi Sulaiman membantah tudingan tersebut. ' +
        '“Tidak ada pupuk yang hilang di jalan, datanya sedang kami rekonsiliasi,” pungkasnya.',
      [RUDY, ANDI, KEMENTAN],
    );
    expect(view(st).map((s) => [s.kind, s.speaker, s.cue, s.resolution])).toEqual([
      ['indirect', 'rudy', 'menuding', 'explicit'],
      ['direct', 'rudy', 'tegasnya', 'pronoun'],
      ['direct', 'andi', 'pungkasnya', 'pronoun'],
    ]);
    expect(st[0].polarity).toBe('accuse');
  });

  it('`kata pejabat itu` is the anaphor the entities layer linked', () => {
    const official: EntitySpec = {
      id: 'off',
      name: 'pejabat kementerian',
      kind: 'person',
      forms: ['Seorang pejabat Kementerian Luar Negeri China', 'pejabat itu'],
    };
    const st = run(
      'Seorang pejabat Kementerian Luar Negeri China menolak berkomentar lebih jauh. ' +
        '“Kapal kami menjalankan tugas rutin di wilayah yurisdiksi China,” kata pejabat itu kepada wartawan.',
      [official, CHINA],
    );
    expect(view(st)).toEqual([
      expect.objectContaining({ speaker: 'off', cue: 'kata', resolution: 'anaphor' }),
    ]);
    expect(st[0].channel_text).toBe('kepada wartawan');
  });
});

describe('direct quotations: cue before the quotation', () => {
  it('`X mengatakan, “…”`', () => {
    const st = run('Rudy mengatakan, “Kami menemukan selisih data penyaluran di 14 provinsi.”', [RUDY]);
    expect(view(st)).toEqual([
      {
        kind: 'direct',
        speaker: 'rudy',
        cue: 'mengatakan',
        content: 'Kami menemukan selisih data penyaluran di 14 provinsi',
        resolution: 'explicit',
      },
    ]);
  });

  it('`X menegaskan: “…”`', () => {
    const st = run('Andi menegaskan: “Tidak ada satu kilogram pun pupuk yang hilang di gudang kami.”', [
      ANDI,
    ]);
    expect(view(st)).toEqual([
      expect.objectContaining({ kind: 'direct', speaker: 'andi', cue: 'menegaskan' }),
    ]);
  });

  it('`Menurut X, “…”`', () => {
    const st = run('Menurut Andi, “Semua penyaluran sudah tercatat dengan Kartu Tani di 29 provinsi.”', [
      ANDI,
    ]);
    expect(view(st)).toEqual([expect.objectContaining({ kind: 'direct', speaker: 'andi', cue: 'Menurut' })]);
  });

  it('an introduction ending in a colon gives the next quotation its speaker', () => {
    const st = run(
      'Di hadapan anggota dewan, Andi mengatakan:\n“Kami tidak punya apa pun untuk disembunyikan dari BPK.”',
      [ANDI, BPK],
    );
    expect(view(st)).toEqual([
      expect.objectContaining({ kind: 'direct', speaker: 'andi', cue: 'mengatakan', resolution: 'explicit' }),
    ]);
  });
});

describe('quotations with no cue of their own', () => {
  it('a paragraph of quotes after an attributed one belongs to that speaker (context)', () => {
    const st = run(
      '“Kami menemukan selisih data penyaluran di 14 provinsi,” kata Rudy.\n\n' +
        '“Pupuk yang tercatat sudah sampai ke petani ternyata tidak pernah diterima kelompok tani.”',
      [RUDY],
    );
    expect(view(st).map((s) => [s.kind, s.speaker, s.resolution])).toEqual([
      ['direct', 'rudy', 'explicit'],
      ['direct', 'rudy', 'context'],
    ]);
  });

  it('a quotation before an attributed one in the same paragraph takes its speaker (context)', () => {
    const st = run(
      'Pemerintah memperketat pengawasan. “Kami sudah menyiapkan 1.500 gudang di seluruh Indonesia.” “Kami juga menggandeng penggilingan swasta,” ujar Andi.',
      [ANDI],
    );
    const direct = st.filter((s) => s.kind === 'direct');
    expect(direct.map((s) => [s.speaker, s.resolution])).toEqual([
      ['andi', 'context'],
      ['andi', 'explicit'],
    ]);
  });

  it('a split quotation keeps one speaker: `“…,” kata X, “…”`', () => {
    const st = run(
      '“Kami menghormati fungsi pengawasan DPR,” kata Andi, “tetapi angka itu belum pernah diverifikasi.”',
      [ANDI],
    );
    expect(view(st).map((s) => [s.speaker, s.content])).toEqual([
      ['andi', 'Kami menghormati fungsi pengawasan DPR'],
      ['andi', 'tetapi angka itu belum pernah diverifikasi'],
    ]);
  });

  it('skips scare quotes, names of programmes and nested single quotes', () => {
    const st = run(
      'Pemerintah meluncurkan program “Makan Bergizi Gratis” di 29 provinsi. Ia menyebut pupuk itu “menguap” di jalan. ' +
        'Kebijakan yang disebut “langkah darurat” itu berlaku hingga Desember.',
      [],
    );
    expect(st.filter((s) => s.kind === 'direct')).toEqual([]);
  });

  it('an unattributed quotation far from any speaker keeps a null speaker', () => {
    const st = run(
      'Banjir merendam 300 rumah. “Air datang tengah malam dan kami tidak sempat menyelamatkan apa pun.”',
      [],
    );
    expect(view(st)).toEqual([expect.objectContaining({ kind: 'direct', speaker: null, resolution: null })]);
  });
});

describe('indirect statements', () => {
  it('`X mengatakan bahwa …` takes `bahwa` into the cue', () => {
    const st = run('Andi mengatakan bahwa selisih angka itu muncul karena perbedaan waktu pencatatan.', [
      ANDI,
    ]);
    expect(view(st)).toEqual([
      {
        kind: 'indirect',
        speaker: 'andi',
        cue: 'mengatakan bahwa',
        content: 'selisih angka itu muncul karena perbedaan waktu pencatatan',
        resolution: 'explicit',
      },
    ]);
  });

  it('`X mengatakan <adjunct> bahwa …` starts the content after `bahwa`', () => {
    const st = run('Rudy mengatakan kepada wartawan di Senayan bahwa temuan itu sudah dilaporkan ke BPK.', [
      RUDY,
      BPK,
    ]);
    expect(view(st)).toEqual([
      expect.objectContaining({ cue: 'mengatakan', content: 'temuan itu sudah dilaporkan ke BPK' }),
    ]);
    expect(st[0].channel_text).toBe('kepada wartawan');
  });

  it.each([
    ['menyebut', 'Rudy menyebut selisih tersebut mencapai 312.000 ton.', 'assert'],
    ['membantah', 'Andi membantah pupuk bersubsidi hilang dalam perjalanan ke petani.', 'deny'],
    ['mengklaim', 'Andi mengklaim pengawasan sudah diperketat di 29 provinsi.', 'claim'],
    ['menilai', 'Rudy menilai kementerian lalai mengawasi penyaluran pupuk.', 'opinion'],
    ['menuturkan', 'Andi menuturkan data penyaluran sedang direkonsiliasi.', 'assert'],
    ['menjelaskan', 'Andi menjelaskan selisih itu muncul karena perbedaan waktu.', 'assert'],
    ['mengungkapkan', 'Rudy mengungkapkan ada 14 provinsi dengan selisih data.', 'assert'],
    ['menyatakan', 'Andi menyatakan siap diaudit oleh lembaga mana pun.', 'assert'],
  ])('`X %s …`', (cue, text, polarity) => {
    const st = run(text, [RUDY, ANDI]);
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ kind: 'indirect', cue: { text: cue }, polarity, resolution: 'explicit' });
  });

  it('`Menurut X, …` and `Menurut dia, …`', () => {
    const st = run(
      'Rudy menuding Kementan lalai. Menurut Rudy, pola yang sama sudah terlihat dalam laporan BPK. Menurut dia, kerugian negara bisa mencapai Rp 1,2 triliun.',
      [RUDY, KEMENTAN, BPK],
    );
    expect(view(st).map((s) => [s.cue, s.speaker, s.resolution, s.content])).toEqual([
      ['Menurut', 'rudy', 'explicit', 'pola yang sama sudah terlihat dalam laporan BPK'],
      ['Menurut', 'rudy', 'pronoun', 'kerugian negara bisa mencapai Rp 1,2 triliun'],
    ]);
  });

  it('`…, kata X.` and `…, katanya.` without quotation marks', () => {
    const st = run(
      'Pemerintah akan memperketat pengawasan di gudang distributor, kata Andi. Data itu akan dibuka untuk BPK, katanya.',
      [ANDI, BPK],
    );
    expect(view(st).map((s) => [s.kind, s.cue, s.speaker, s.resolution, s.content])).toEqual([
      [
        'indirect',
        'kata',
        'andi',
        'explicit',
        'Pemerintah akan memperketat pengawasan di gudang distributor',
      ],
      ['indirect', 'katanya', 'andi', 'pronoun', 'Data itu akan dibuka untuk BPK'],
    ]);
  });

  it('`…, katanya.` before `…, tambah X.` is resolved by context', () => {
    const st = run(
      '“Kami akan memanggil semua pihak,” kata Rudy. ' +
        'Kementerian tidak akan menghentikan penyaluran karena musim tanam sudah dimulai, katanya. ' +
        'Namun, BPK memiliki kewenangan untuk mengaudit ulang seluruh penyaluran, tambah Andi.',
      [RUDY, ANDI, BPK],
    );
    expect(view(st).map((s) => [s.cue, s.speaker, s.resolution])).toEqual([
      ['kata', 'rudy', 'explicit'],
      ['katanya', 'andi', 'context'],
      ['tambah', 'andi', 'explicit'],
    ]);
    expect(st[2].content.text.startsWith('BPK memiliki')).toBe(true);
  });

  it('an inverted cue inside the sentence: `Pihaknya, lanjut X, …`', () => {
    const st = run('Pihaknya, lanjut Andi, terbuka jika BPK ingin memeriksa ulang penyaluran pupuk.', [
      ANDI,
      BPK,
    ]);
    expect(view(st)).toEqual([
      expect.objectContaining({ kind: 'indirect', cue: 'lanjut', speaker: 'andi', resolution: 'explicit' }),
    ]);
  });

  it('`imbuh dia` in the middle of a sentence resolves the pronoun', () => {
    const st = run(
      'Ketua Komisi IV Rudy Hartanto mengatakan komisinya akan membentuk panitia kerja. Komisi IV, imbuh dia, juga akan memanggil direksi PT Pupuk Indonesia.',
      [RUDY],
    );
    expect(view(st).map((s) => [s.cue, s.speaker, s.resolution])).toEqual([
      ['mengatakan', 'rudy', 'explicit'],
      ['imbuh', 'rudy', 'pronoun'],
    ]);
  });

  it('pronouns: `Ia` → the person who is the subject before, `Mereka` → the country', () => {
    const st = run(
      'Menteri Pertanian Andi Sulaiman membantah tudingan tersebut. Ia mengatakan bahwa selisih angka itu muncul karena perbedaan waktu pencatatan. ' +
        'China mengatakan kapalnya menjalankan tugas rutin. Mereka juga menegaskan tidak akan menarik kapal itu.',
      [ANDI, CHINA],
    );
    expect(view(st).map((s) => [s.cue, s.speaker, s.resolution])).toEqual([
      ['mengatakan bahwa', 'andi', 'pronoun'],
      ['mengatakan', 'chn', 'explicit'],
      ['menegaskan', 'chn', 'pronoun'],
    ]);
  });

  it('`Sang menteri menambahkan, …` resolves through the role of an entity seen before', () => {
    const st = run(
      'Menteri Pertanian Andi Sulaiman hadir dalam rapat kerja. Sang menteri menambahkan, Kementan telah memperketat pengawasan di 29 provinsi.',
      [{ ...ANDI, forms: ['Andi Sulaiman'] }, KEMENTAN],
    );
    expect(view(st)).toEqual([
      expect.objectContaining({ cue: 'menambahkan', speaker: 'andi', resolution: 'anaphor' }),
    ]);
    expect(st[0].content.text.startsWith('Kementan telah')).toBe(true);
  });

  it('a speaker in apposition: `Direktur PT X, Wahyu, mengaku …`', () => {
    const wahyu: EntitySpec = {
      id: 'wahyu',
      name: 'Wahyu Saputra',
      kind: 'person',
      forms: ['Wahyu Saputra'],
    };
    const pt: EntitySpec = {
      id: 'pt',
      name: 'PT Karya Bumi',
      kind: 'organization',
      forms: ['PT Karya Bumi'],
    };
    const st = run(
      'Direktur PT Karya Bumi, Wahyu Saputra, mengaku menyerahkan uang tunai sebanyak tiga kali.',
      [wahyu, pt],
    );
    expect(view(st)).toEqual([expect.objectContaining({ speaker: 'wahyu', cue: 'mengaku' })]);
  });

  it('a coordinated second verb shares the subject and ends the first content', () => {
    const st = run(
      'Kementerian Pertanian menyebut tudingan itu sebagai fitnah dan mengatakan, “Semua data kami terbuka untuk diperiksa BPK.”',
      [KEMENTAN, BPK],
    );
    expect(view(st).map((s) => [s.kind, s.cue, s.speaker, s.content])).toEqual([
      ['indirect', 'menyebut', 'kementan', 'tudingan itu sebagai fitnah'],
      ['direct', 'mengatakan', 'kementan', 'Semua data kami terbuka untuk diperiksa BPK'],
    ]);
  });

  it('no statement for verbs of speech without a speaking subject or a reported clause', () => {
    const st = run(
      'Korea Utara adalah satu-satunya negara yang mengakui kemerdekaan wilayah itu, dan telah menyatakan dukungan untuk pencaplokan. ' +
        'Presiden menyampaikan duka cita kepada keluarga korban. Andi membantah tudingan tersebut. Keputusan itu disebut sebagai langkah darurat.',
      [{ id: 'prk', name: 'North Korea', kind: 'country', forms: ['Korea Utara'] }, ANDI],
    );
    expect(view(st)).toEqual([]);
  });

  it('no indirect statement for a verb of speech inside a quotation', () => {
    const st = run('“Kami tidak pernah mengatakan bahwa pupuk itu hilang di gudang,” kata Andi.', [ANDI]);
    expect(view(st).map((s) => s.kind)).toEqual(['direct']);
  });
});

describe('channel, citation and date', () => {
  it('`melalui akun Instagram pribadinya`, date from the attribution', () => {
    const st = run(
      'Rudy menegaskan melalui akun Instagram pribadinya, Selasa (7/10/2025), bahwa ia tetap berpegang pada temuannya.',
      [RUDY, INSTAGRAM],
    );
    expect(st[0]).toMatchObject({ speaker: 'rudy', channel: 'ig', date: '2025-10-07' });
    expect(st[0].channel_text).toBe('melalui akun Instagram pribadinya');
    expect(st[0].content.text).toBe('ia tetap berpegang pada temuannya');
  });

  it('`di Instagram pribadinya` with no entity for the platform keeps only the text', () => {
    const st = run(
      '“Saya tidak sedang berkampanye,” tulis Rudy di Instagram pribadinya. “Saya membawa data dari petani di daerah pemilihan saya,” kata Rudy di Instagram pribadinya.',
      [RUDY],
    );
    const last = st[st.length - 1];
    expect(last).toMatchObject({ speaker: 'rudy', channel: null });
    expect(last.channel_text).toBe('di Instagram pribadinya');
  });

  it('`seperti dikutip`/`dilansir` name the citing outlet; `saat ditemui …, Selasa (7/10/2025)` the date', () => {
    const st = run(
      '“Kapal kami menjalankan tugas rutin,” kata juru bicara Kedutaan Besar China, seperti dilansir kantor berita Antara. ' +
        '“Kami tidak punya apa pun untuk disembunyikan dari BPK,” ujar Andi saat ditemui di Jakarta, Selasa (7/10/2025).',
      [ANTARA, ANDI, BPK, CHINA],
      '2025-10',
    );
    expect(st[0]).toMatchObject({ cited_by: 'antara' });
    expect(st[1]).toMatchObject({ speaker: 'andi', date: '2025-10-07', cited_by: null });
  });
});

describe('harder attributions and false friends', () => {
  const BPS: EntitySpec = {
    id: 'bps',
    name: 'BPS',
    kind: 'organization',
    forms: ['Badan Pusat Statistik', 'BPS'],
  };
  const RURI: EntitySpec = { id: 'ruri', name: 'Ruri Nova', kind: 'person', forms: ['Ruri Nova'] };
  const BANK: EntitySpec = {
    id: 'bank',
    name: 'Bank Saudara',
    kind: 'organization',
    forms: ['PT Bank Saudara'],
  };
  const JKT: EntitySpec = { id: 'jkt', name: 'Jakarta', kind: 'location', forms: ['Jakarta'] };
  const FIRMAN: EntitySpec = { id: 'firman', name: 'Firman', kind: 'person', forms: ['Firman'] };
  const PPFI: EntitySpec = {
    id: 'ppfi',
    name: 'PPFI',
    kind: 'organization',
    forms: ['Persatuan Produser Film Indonesia', 'PPFI'],
  };

  it('`…, menurut data X (ABBR).` at the end of a sentence, with a source noun before the name', () => {
    const st = run(
      'Sepanjang 2024 Indonesia mengimpor sekitar 4,5 juta ton beras, menurut data Badan Pusat Statistik (BPS).',
      [BPS],
    );
    expect(view(st)).toEqual([
      {
        kind: 'indirect',
        speaker: 'bps',
        cue: 'menurut',
        content: 'Sepanjang 2024 Indonesia mengimpor sekitar 4,5 juta ton beras',
        resolution: 'explicit',
      },
    ]);
  });

  it('`… menurut X.` without a comma', () => {
    const st = run('Kolaborasi merupakan hal yang penting untuk memajukan kota menurut Rudy.', [RUDY]);
    expect(view(st)).toEqual([
      expect.objectContaining({
        speaker: 'rudy',
        content: 'Kolaborasi merupakan hal yang penting untuk memajukan kota',
      }),
    ]);
  });

  it('a person in a parenthetical with a place: `Analis PT X, Ruri Nova di Jakarta, mengatakan, …`', () => {
    const st = run(
      'Analis valas PT Bank Saudara, Ruri Nova di Jakarta, mengatakan, rupiah tertekan karena pelaku pasar berspekulasi.',
      [RURI, BANK, JKT],
    );
    expect(view(st)).toEqual([
      expect.objectContaining({
        speaker: 'ruri',
        content: 'rupiah tertekan karena pelaku pasar berspekulasi',
      }),
    ]);
  });

  it('the person a relative clause describes: `Firman yang merupakan Ketua Umum PPFI menjelaskan …`', () => {
    const st = run(
      'Firman yang merupakan Ketua Umum Persatuan Produser Film Indonesia (PPFI) menjelaskan tahapan seleksi berlangsung dua pekan.',
      [FIRMAN, PPFI],
    );
    expect(view(st)).toEqual([expect.objectContaining({ speaker: 'firman', cue: 'menjelaskan' })]);
  });

  it('`Namun, tambahnya, …` opens the reported clause', () => {
    const st = run(
      'Rudy menilai pengawasan pupuk masih lemah. Namun, tambahnya, hitungan BPK masih bisa berubah pada semester berikutnya.',
      [RUDY, BPK],
    );
    expect(view(st).map((s) => [s.cue, s.speaker, s.content])).toEqual([
      ['menilai', 'rudy', 'pengawasan pupuk masih lemah'],
      ['tambahnya', 'rudy', 'hitungan BPK masih bisa berubah pada semester berikutnya'],
    ]);
  });

  it('one statement when the attribution is repeated after the content', () => {
    const st = run(
      'Direktur Utama Bulog, Rudy Hartanto, mengatakan, kerja sama dengan penggilingan swasta sangat diperlukan, kata Rudy.',
      [RUDY],
    );
    expect(st).toHaveLength(1);
  });

  it('no statement for `kata` the noun or `menurut` before a study', () => {
    const st = run(
      'Dalam bahasa Rote, kata Sandu artinya bergetar. Menurut studi genetis tentang penduduk Jakarta, asal-usul mereka beragam.',
      [{ id: 'sandu', name: 'Sandu', kind: 'person', forms: ['Sandu'] }, JKT],
    );
    expect(view(st)).toEqual([]);
  });
});
