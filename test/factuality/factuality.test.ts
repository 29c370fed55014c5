import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clauseStart,
  combineFactuality,
  cuesGoverning,
  factualityAt,
  factualityCues,
} from '../../src/extract/factuality.js';

/** Factuality of the event whose trigger is the first occurrence of `trigger` in the sentence. */
function at(sentence: string, trigger: string, lang: 'id' | 'en' = 'id', nth = 0) {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = sentence.indexOf(trigger, i + 1);
  expect(i, `trigger ${trigger}`).toBeGreaterThanOrEqual(0);
  return factualityAt(sentence, 0, i, lang);
}

describe('every FactBank value from Indonesian news sentences', () => {
  it('CT+: a plain assertion, and a certainty cue', () => {
    expect(at('Polisi menangkap dua tersangka pembobol ATM di Bekasi.', 'menangkap').factuality).toBe('CT+');
    const r = at(
      'Korea Utara jelas menggunakan perang Ukraina untuk mempererat hubungannya dengan Rusia.',
      'menggunakan',
    );
    expect(r.factuality).toBe('CT+');
    expect(r.decidedBy?.text).toBe('jelas');
  });

  it('PR+: hedges "tampaknya", "diduga", "mengindikasikan", "disebut-sebut"', () => {
    expect(
      at('AS mengatakan Korea Utara tampaknya memasok Rusia dengan peluru artileri.', 'memasok').factuality,
    ).toBe('PR+');
    expect(at('Bupati itu diduga menerima suap dari kontraktor.', 'menerima').factuality).toBe('PR+');
    const r = at(
      'Amerika Serikat memiliki informasi yang mengindikasikan Korea Utara secara diam-diam memasok sejumlah peluru artileri kepada Rusia.',
      'memasok',
    );
    expect(r.factuality).toBe('PR+');
    expect(r.decidedBy?.text).toBe('mengindikasikan');
    expect(at('Nama menteri itu disebut-sebut menerima aliran dana.', 'menerima').decidedBy?.text).toBe(
      'disebut-sebut',
    );
  });

  it('PS+: possibility "dapat", "bisa", "berpotensi"', () => {
    expect(
      at(
        'Rusia memiliki hak veto di Dewan Keamanan PBB dan dapat memblokir tindakan apa pun di sana.',
        'memblokir',
      ).factuality,
    ).toBe('PS+');
    expect(at('Cuaca ekstrem berpotensi memicu banjir di Jakarta.', 'memicu').factuality).toBe('PS+');
  });

  it('CT-: "tidak pernah", "membantah", "belum", "tidak mungkin"', () => {
    const r = at(
      'Korea Utara mengatakan bahwa mereka tidak pernah melakukan transaksi senjata dengan Rusia.',
      'melakukan',
    );
    expect(r.factuality).toBe('CT-');
    expect(r.decidedBy?.text).toBe('tidak pernah');
    expect(at('Kementerian itu membantah menerima dana asing.', 'menerima').factuality).toBe('CT-');
    expect(at('Pemerintah belum menaikkan harga BBM bersubsidi.', 'menaikkan').factuality).toBe('CT-');
    expect(at('Polisi tidak mungkin menangkap tersangka malam itu.', 'menangkap').factuality).toBe('CT-');
  });

  it('PR-: a hedged negation', () => {
    const r = at('Tersangka diduga tidak melaporkan seluruh hartanya kepada KPK.', 'melaporkan');
    expect(r.factuality).toBe('PR-');
  });

  it('PS-: a possible negation', () => {
    expect(at('Bank Indonesia mungkin tidak menaikkan suku bunga bulan ini.', 'menaikkan').factuality).toBe(
      'PS-',
    );
  });

  it('Uu: the author relaying a claim takes no position, whatever the cues', () => {
    const cues = cuesGoverning('Korea Utara tampaknya memasok Rusia.', 0, 21, 'id');
    expect(combineFactuality(cues, { reported: true }).factuality).toBe('Uu');
    expect(combineFactuality([], { reported: true }).factuality).toBe('Uu');
  });
});

describe('futures', () => {
  it('"akan" alone stays CT with a future flag', () => {
    const r = at('Pemerintah akan membangun 10 bendungan baru tahun depan.', 'membangun');
    expect(r).toMatchObject({ factuality: 'CT+', future: true });
    expect(r.decidedBy?.text).toBe('akan');
  });

  it('"tidak akan ragu" and "will not hesitate" intend the event, they do not negate it', () => {
    expect(at('Petugas tidak akan ragu menembak kapal yang melawan.', 'menembak')).toMatchObject({
      factuality: 'CT+',
      future: true,
    });
    expect(at('Polisi tidak ragu menindak pelanggar.', 'menindak')).toMatchObject({ factuality: 'CT+' });
    expect(at('Washington will not hesitate to target banks.', 'target', 'en')).toMatchObject({
      factuality: 'CT+',
      future: true,
    });
  });

  it('"tidak akan" is CT- of the future event', () => {
    expect(at('Presiden menegaskan tidak akan menerbitkan perppu itu.', 'menerbitkan')).toMatchObject({
      factuality: 'CT-',
      future: true,
    });
  });

  it('"tidak memiliki rencana untuk" is CT- of the future event (across "untuk")', () => {
    const r = at('Mereka juga menegaskan tidak memiliki rencana untuk melakukannya.', 'melakukannya');
    expect(r).toMatchObject({ factuality: 'CT-', future: true });
    expect(r.why).toContain('rencana');
  });

  it('English: "will not", "won\'t" and "plans to"', () => {
    expect(at('Washington will not intercept the shipments.', 'intercept', 'en')).toMatchObject({
      factuality: 'CT-',
      future: true,
    });
    expect(at('Washington won’t intercept the shipments.', 'intercept', 'en')).toMatchObject({
      factuality: 'CT-',
      future: true,
    });
    expect(at('The ministry plans to build a new port.', 'build', 'en')).toMatchObject({
      factuality: 'CT+',
      future: true,
    });
  });
});

describe('scope: a cue governs only the trigger in its clause', () => {
  const s =
    'Komentar Kirby menyarankan Washington akan mengawasi pengiriman tetapi tidak akan mencegat mereka karena tidak percaya itu akan berdampak pada perang secara signifikan.';

  it('two events in one sentence with different factuality', () => {
    const watch = at(s, 'mengawasi');
    const intercept = at(s, 'mencegat');
    expect(watch).toMatchObject({ factuality: 'CT+', future: true });
    expect(watch.cues.map((c) => c.text)).toEqual(['akan']);
    expect(intercept).toMatchObject({ factuality: 'CT-', future: true });
    expect(intercept.cues.map((c) => c.text)).toEqual(['tidak', 'akan']);
  });

  it('the clause starts after the last boundary word before the trigger', () => {
    expect(s.slice(clauseStart(s, 0, s.indexOf('mencegat'), 'id'))).toMatch(/^ tidak akan mencegat/);
    expect(clauseStart(s, 0, s.indexOf('mengawasi'), 'id')).toBe(0);
  });

  it('a denial and an assertion joined by "dan"', () => {
    const t =
      'Pyongyang tidak pernah memiliki urusan senjata dengan Rusia dan Moskow memasok bahan bakar ke Pyongyang.';
    expect(at(t, 'memiliki').factuality).toBe('CT-');
    expect(at(t, 'memasok').factuality).toBe('CT+');
  });

  it('a nominal trigger takes the modality of its predicate', () => {
    const t =
      'Namun, Amerika Serikat memiliki kapasitas untuk melacak pengiriman, dan intersepsi bisa menjadi opsi mengingat Rusia memiliki hak veto.';
    const i = t.indexOf('intersepsi');
    const r = factualityAt(t, 0, i, 'id', {
      nominal: { triggerEnd: i + 'intersepsi'.length, sentenceEnd: t.length },
    });
    expect(r.factuality).toBe('PS+');
    expect(r.cues.map((c) => c.text)).toEqual(['bisa', 'opsi']);
    // Without the nominal option only the cues before the trigger count.
    expect(factualityAt(t, 0, i, 'id').factuality).toBe('CT+');
  });

  it('"tidak hanya" is not a negation', () => {
    expect(at('Banjir tidak hanya merendam rumah, tetapi juga sekolah.', 'merendam').factuality).toBe('CT+');
  });
});

describe('factualityCues', () => {
  it('finds cues with offsets, longest first, within the span only', () => {
    const t = 'Menurut laporan itu, kemungkinan besar Korut tidak pernah menghentikan pengiriman.';
    const cues = factualityCues(t, 0, t.length, 'id');
    expect(cues.map((c) => [c.text, c.type])).toEqual([
      ['kemungkinan besar', 'hedge'],
      ['tidak pernah', 'negation'],
    ]);
    for (const c of cues) expect(t.slice(c.start, c.end)).toBe(c.text);
    expect(factualityCues(t, 0, 20, 'id')).toEqual([]);
    expect(cues[0].source).toMatch(/^id\/factuality\.tsv:\d+$/);
  });

  it('English hedges and possibility', () => {
    expect(at('North Korea appears to be supplying Russia.', 'supplying', 'en').factuality).toBe('PR+');
    expect(at('The official allegedly received bribes.', 'received', 'en').factuality).toBe('PR+');
    expect(at('Russia could block any action there.', 'block', 'en').factuality).toBe('PS+');
    expect(at('North Korea has never supplied arms to Russia.', 'supplied', 'en').factuality).toBe('CT-');
  });
});

describe('cue windows answered from one scan of the text', () => {
  it('finds in any window of a text exactly what a scan of that window alone finds', () => {
    const text = readdirSync(join(import.meta.dirname, '../../examples'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(join(import.meta.dirname, '../../examples', f), 'utf8'))
      .join('\n\n');
    let seed = 11;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let compared = 0;
    for (let k = 0; k < 3000; k++) {
      const start = Math.floor(rnd() * text.length);
      const end = Math.min(text.length, start + Math.floor(rnd() * 300));
      const inText = factualityCues(text, start, end, 'id').map((c) => [
        c.start - start,
        c.end - start,
        c.type,
      ]);
      // the window as a text of its own: scanned alone
      const alone = factualityCues(text.slice(start, end), 0, end - start, 'id').map((c) => [
        c.start,
        c.end,
        c.type,
      ]);
      expect(inText, JSON.stringify(text.slice(start, end))).toEqual(alone);
      compared += alone.length;
    }
    expect(compared).toBeGreaterThan(100);
  });
});
