import { describe, expect, it } from 'vitest';
import type { Analysis, Event } from '../../src/types.js';
import { analyzeExample, analyzeText } from '../helpers/analyze.js';

/** An event's participants and sources by entity name, for readable assertions. */
function view(a: Analysis, v: Event) {
  const name = (id: string) =>
    id === 'author' ? 'author' : (a.entities.find((e) => e.id === id)?.name ?? id);
  return {
    category: v.category,
    actor: v.actor.map(name),
    recipient: v.recipient.map(name),
    sources: v.sources.map((s) => `${name(s.source)} ${s.factuality}`).sort(),
  };
}
const find = (a: Analysis, category: string, actor: string) => {
  const v = a.events.find((x) => x.category === category && view(a, x).actor.includes(actor));
  if (!v)
    throw new Error(
      `no ${category} by ${actor}: ${a.events.map((x) => JSON.stringify(view(a, x))).join('\n')}`,
    );
  return v;
};

describe('events of the seed article', () => {
  const a = analyzeExample('000_ed4e84306170659b.txt');
  const official = a.entities.find((e) => e.kind === 'person' && e.code === 'PRKMIL')!.name;

  it('E1: one AID claim with the accusation and the denial as sources of opposite sign', () => {
    const e1 = a.events.find((v) => v.category === 'AID' && !v.mode.includes('future'))!;
    expect(view(a, e1)).toEqual({
      category: 'AID',
      actor: ['North Korea'],
      recipient: ['Russia'],
      sources: [
        'John Kirby PR+',
        'North Korea CT-',
        'United States PR+',
        'author Uu',
        `${official} CT-`,
      ].sort(),
    });
    expect(e1.mode).toContain('military');
    expect(e1.object).toBe('peluru artileri');
    expect(e1.via.map((id) => a.entities.find((e) => e.id === id)?.name)).toEqual([
      'Middle East',
      'North Africa',
    ]);
    expect((e1 as Event & { contested: boolean }).contested).toBe(true);
  });

  it('E2: “no plans to do it” is a negated future of the same transfer, a separate event', () => {
    const e2 = a.events.find((v) => v.category === 'AID' && v.mode.includes('future'))!;
    expect(view(a, e2)).toMatchObject({ actor: ['North Korea'], recipient: ['Russia'] });
    expect(view(a, e2).sources).toContain('North Korea CT-');
    expect(e2.why).toMatch(/melakukannya stands for/);
    expect(e2.id).not.toBe(find(a, 'AID', 'North Korea').id);
  });

  it('E3: the accusation is Kirby’s, about E1, dated the week before 8 November 2022', () => {
    const e3 = find(a, 'ACCUSE', 'John Kirby');
    expect(view(a, e3)).toMatchObject({ recipient: ['North Korea'], sources: ['author CT+'] });
    expect(e3.about).toBe(find(a, 'AID', 'North Korea').id);
    expect(e3.date).toBe('2022-W44');
  });

  it('E4: the denial answers the accusation', () => {
    const e4 = find(a, 'REJECT', official);
    expect(view(a, e4).sources).toEqual(['author CT+']);
    expect(e4.about).toBe(find(a, 'ACCUSE', 'John Kirby').id);
    expect(e4.date).toBe('2022-11-08');
  });

  it('E5, E7, E9: disapproval, recognition and cooperation', () => {
    expect(view(a, find(a, 'ACCUSE', official))).toMatchObject({
      recipient: ['United States'],
      sources: [`${official} CT+`],
    });
    const e7 = a.events.find((v) => v.category === 'SUPPORT' && v.mode.includes('recognize'))!;
    expect(view(a, e7)).toMatchObject({ actor: ['North Korea'], sources: ['author CT+'] });
    expect(a.entities.find((e) => e.id === e7.recipient[0])?.code).toBe('UKRSEP');
    expect(view(a, find(a, 'COOPERATE', 'North Korea'))).toMatchObject({
      recipient: ['Russia'],
      sources: ['Victor Cha CT+'],
    });
  });

  it('E10–E12: negated future and possibilities in Cha’s comments', () => {
    expect(view(a, find(a, 'COERCE', 'United States')).sources).toEqual([
      'Victor Cha CT-',
      'Victor Cha PS+',
      'author Uu',
    ]);
    expect(view(a, find(a, 'REJECT', 'Russia')).sources).toEqual(['Victor Cha PS+']);
    expect(view(a, find(a, 'COOPERATE', 'United States')).sources).toEqual(['Victor Cha PS+']);
  });

  it('explains every event and points its evidence at real sentences', () => {
    for (const v of a.events) {
      expect(v.why).toMatch(/^lexicon id\/events\.tsv:\d+: /);
      expect(a.document.text.slice(v.trigger.start, v.trigger.end)).toBe(v.trigger.text);
      for (const ev of v.evidence)
        expect(a.document.sentences[ev.sentence]).toEqual({ start: ev.start, end: ev.end });
    }
  });
});

describe('factuality and structure on written sentences', () => {
  const only = (text: string, category: string) => {
    const a = analyzeText(text);
    const vs = a.events.filter((v) => v.category === category);
    expect(vs).toHaveLength(1);
    return view(a, vs[0]);
  };

  it('CT+ for a plain narrative event, CT- for a negated one', () => {
    expect(only('Polri menangkap dua warga Malaysia di Batam pada Senin.', 'COERCE').sources).toEqual([
      'author CT+',
    ]);
    expect(only('Rusia tidak pernah menyerang Finlandia.', 'ASSAULT')).toEqual({
      category: 'ASSAULT',
      actor: ['Russia'],
      recipient: ['Finland'],
      sources: ['author CT-'],
    });
  });

  it('PR+ for a hedge, PS+ for a possibility, CT- for a negated future', () => {
    expect(only('Iran diduga memasok drone kepada Rusia.', 'AID').sources).toEqual(['author PR+']);
    expect(only('Jepang dapat memberikan bantuan kepada Filipina.', 'AID').sources).toEqual(['author PS+']);
    expect(only('Amerika Serikat tidak akan menyerang Iran.', 'ASSAULT').sources).toEqual(['author CT-']);
  });

  it('attributes an event inside a quotation to its speaker, Uu for the author only when contested', () => {
    const a = analyzeText(
      '“Tiongkok memasok senjata kepada Rusia,” kata Menteri Luar Negeri Inggris James Cleverly.',
    );
    const v = a.events.find((x) => x.category === 'AID')!;
    expect(view(a, v)).toMatchObject({
      actor: ['China'],
      recipient: ['Russia'],
      sources: ['James Cleverly CT+'],
    });
  });

  it('reads the agent of a passive from `oleh`', () => {
    // (a seizure names whose ship it was: one with no owner named is no event, see eval/blind)
    expect(only('Kapal tanker Iran itu dicegat oleh Bakamla di perairan Batam.', 'COERCE')).toMatchObject({
      actor: ['Maritime Security Agency'],
      recipient: ['Iran'],
    });
    const v = only('Ukraina diserang oleh Rusia pada Kamis dini hari.', 'ASSAULT');
    expect(v).toMatchObject({ actor: ['Russia'], recipient: ['Ukraine'] });
  });

  it('finds two events in one sentence with different factuality', () => {
    const a = analyzeText(
      'Jepang akan mengawasi kapal itu tetapi tidak akan mencegat kapal Korea Utara tersebut, sementara Korea Selatan mengirimkan bantuan kepada Filipina.',
    );
    const coerce = a.events.find((v) => v.category === 'COERCE')!;
    const aid = a.events.find((v) => v.category === 'AID')!;
    expect(view(a, coerce)).toMatchObject({ actor: ['Japan'], sources: ['author CT-'] });
    expect(view(a, aid)).toMatchObject({
      actor: ['South Korea'],
      recipient: ['Philippines'],
      sources: ['author CT+'],
    });
  });

  it('merges an accusation and a denial in one article into one contested event', () => {
    const a = analyzeText(
      'Amerika Serikat mengatakan Iran memasok rudal kepada Rusia. Iran membantah tuduhan itu. Pemerintah Iran mengatakan Iran tidak pernah memasok rudal kepada Rusia.',
    );
    const aid = a.events.filter((v) => v.category === 'AID');
    expect(aid).toHaveLength(1);
    expect(view(a, aid[0]).sources).toEqual(['Pemerintah Iran CT-', 'United States CT+', 'author Uu']);
  });
});

describe('event dates', () => {
  it('dates an event by its own clause, against the article date', () => {
    const a = analyzeText('Polri menangkap dua warga Malaysia di Batam pada Senin (6/10).', {
      published: '2025-10-08',
    });
    expect(a.events.find((v) => v.category === 'COERCE')?.date).toBe('2025-10-06');
  });
  it('leaves an undated event undated', () => {
    const a = analyzeText('Polri menangkap dua warga Malaysia di Batam.', { published: '2025-10-08' });
    expect(a.events.find((v) => v.category === 'COERCE')?.date).toBeNull();
  });
});

describe('no act where the words name none', () => {
  const cats = (text: string) => analyzeText(text).events.map((v) => v.category);

  it('a negated existential, a habit and a generic ability assert no event', () => {
    expect(cats('Tidak ada pejabat dari Jepang yang pernah mengunjungi Korea Utara.')).toEqual([]);
    expect(cats('Pemerintah Jepang suka berkunjung ke Korea Selatan.')).toEqual([]);
    expect(cats('Indonesia bisa bertemu dengan sekitar 35 negara sekaligus.')).toEqual([]);
    // a possibility with a specific party stays a possible event
    expect(cats('Jepang dapat memberikan bantuan kepada Filipina.')).toEqual(['AID']);
  });

  it('in a directive’s complement the request is the event, not the act asked for', () => {
    const a = analyzeText('Polri tidak mengajak warga Batam untuk menolak Bakamla.');
    expect(a.events.map((v) => view(a, v))).toEqual([
      {
        category: 'REQUEST',
        actor: ['Indonesian National Police'],
        recipient: ['warga Batam'],
        sources: ['author CT-'],
      },
    ]);
  });

  it('sport, and a nominal inside a name acting as an agent, are no events', () => {
    expect(cats('PSSI menyambut baik laga kontra Malaysia.')).toEqual([]);
    expect(cats('Penyelidikan Spanyol mengingatkan anggotanya untuk tidak mempercayai Malleus.')).toEqual([]);
  });

  it('a thing heading the subject is no actor; a fronted clause and a parenthesis are skipped', () => {
    expect(cats('Kebijakan Presiden Jokowi itu membantah komersialisasi vaksin.')).toEqual([]);
    const a = analyzeText(
      'Setelah Polri memutuskan hal itu, Presiden Joko Widodo menolak permintaan Malaysia.',
    );
    expect(view(a, find(a, 'REJECT', 'Joko Widodo')).recipient).toEqual(['Malaysia']);
    const b = analyzeText(
      'Presiden Joko Widodo, yang didampingi Menteri Luar Negeri Retno Marsudi, bertemu Perdana Menteri Malaysia Anwar Ibrahim.',
    );
    expect(view(b, find(b, 'CONSULT', 'Joko Widodo')).recipient).toEqual(['Anwar Ibrahim']);
  });

  it('the subject of a verb of receiving is the recipient of the nominal', () => {
    const a = analyzeText('Iran mendapat dukungan dari Rusia.');
    expect(view(a, find(a, 'SUPPORT', 'Russia')).recipient).toEqual(['Iran']);
  });
});

describe('arguments read through apposition, coordination and embedded clauses', () => {
  const one = (text: string) => {
    const a = analyzeText(text, { lang: 'id' });
    return a.events.map((v) => view(a, v));
  };

  it('an obligation and a declined comment are no acts', () => {
    expect(
      one('Sebagai partai pendukung pemerintah, Partai Golkar semestinya mendukung kebijakan itu.'),
    ).toEqual([]);
    expect(one('Saat dihubungi, Kementerian Luar Negeri Malaysia menolak untuk berkomentar.')).toEqual([]);
    expect(one('Kepolisian Filipina menolak disebutkan namanya.')).toEqual([]);
  });

  it('one capitalised word before a dash opening the article is a dateline, not the actor', () => {
    const a = analyzeText(
      'Jakarta - Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Moskow, Rabu.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'CONSULT', actor: ['Prabowo Subianto'], recipient: ['Vladimir Putin'] },
    ]);
  });

  it('a dash inside a sentence is no dateline: the ticket after it is the recipient', () => {
    expect(
      one('Partai Golkar mendukung Prabowo Subianto - Gibran Rakabuming pada pemilu itu.'),
    ).toMatchObject([{ category: 'SUPPORT', actor: ['Golkar'], recipient: ['Prabowo Subianto'] }]);
  });

  it('a ticket or government written `A-B` is led by A; a short all-caps opening is a dateline, an acronym subject is not', () => {
    expect(one('Partai NasDem mendukung pemerintahan Prabowo-Gibran untuk periode 2024-2029.')).toMatchObject(
      [{ category: 'SUPPORT', actor: ['NasDem'], recipient: ['Prabowo Subianto'] }],
    );
    const a = analyzeText('KUALA LUMPUR - Partai NasDem mendukung Anwar Ibrahim.', { lang: 'id' });
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { actor: ['NasDem'], recipient: ['Anwar Ibrahim'] },
    ]);
    // a pair of places is a relation, not an actor
    expect(analyzeText('Hubungan Perancis-Italia memburuk.', { lang: 'id' }).entities).toEqual([]);
  });

  it('a person in apposition after a role that opens the clause is the actor, with that role', () => {
    const a = analyzeText(
      'Anggota Komisi I DPR dari Partai Golkar, Dave Laksono, mendukung Kementerian Pertahanan membeli pesawat tempur itu.',
    );
    const person = a.entities.find((e) => e.name === 'Dave Laksono');
    expect(person?.role).toBe('Anggota Komisi I DPR dari Partai Golkar');
    expect(a.events.map((v) => view(a, v).actor)).toEqual([['Dave Laksono']]);
  });

  it('the person right before a verb embedded after a noun is its subject, not the main clause’s', () => {
    expect(
      one(
        'Partai NasDem menyambut prakarsa Presiden Prabowo Subianto bertemu Ketua Umum PDI-P Megawati Soekarnoputri.',
      ),
    ).toMatchObject([
      { category: 'CONSULT', actor: ['Prabowo Subianto'], recipient: ['Megawati Soekarnoputri'] },
    ]);
  });

  it('a joint nominal takes both coordinated parties; coordinated verbs share their object', () => {
    expect(
      one('Pertemuan Presiden Joko Widodo dan Perdana Menteri Anwar Ibrahim berlangsung di Bogor.'),
    ).toMatchObject([{ category: 'CONSULT', actor: ['Joko Widodo'], recipient: ['Anwar Ibrahim'] }]);
    expect(one('Partai Gerindra mendukung dan memenangkan Sufmi Dasco Ahmad.')).toMatchObject([
      { category: 'SUPPORT', actor: ['Gerindra'], recipient: ['Sufmi Dasco Ahmad'] },
    ]);
  });

  it('a passive verb’s agent may follow it without `oleh`', () => {
    expect(one('Kosovo ditolak UNESCO pada pemungutan suara itu.')).toMatchObject([
      { category: 'REJECT', actor: ['UNESCO'], recipient: ['Kosovo'] },
    ]);
  });

  it('the owner of an object phrase of plain nouns, past role words, is the recipient', () => {
    expect(one('Partai Golkar mengapresiasi langkah cepat Presiden Prabowo Subianto.')).toMatchObject([
      { category: 'SUPPORT', actor: ['Golkar'], recipient: ['Prabowo Subianto'] },
    ]);
  });

  it('the owner of a refused proposal after `dari` / `from` is the recipient', () => {
    expect(one('Garuda Indonesia menolak tawaran kerja sama dari Lion Air.')).toMatchObject([
      { category: 'REJECT', actor: ['Garuda Indonesia'], recipient: ['Lion Air'] },
    ]);
    const en = analyzeText('Russia rejected the peace proposal from Ukraine.', { lang: 'en' });
    expect(en.events.map((v) => view(en, v))).toMatchObject([
      { category: 'REJECT', actor: ['Russia'], recipient: ['Ukraine'] },
    ]);
  });
});

describe('the casualties of an attack are its target', () => {
  it('`X tewas dalam serangan Y`: Y attacked X', () => {
    const a = analyzeText('Tiga warga Lebanon tewas dalam satu serangan Israel di Tyre, Senin.', {
      lang: 'id',
    });
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'ASSAULT', actor: ['Israel'], recipient: ['warga Lebanon'] },
    ]);
  });
});

describe('lexicon forms', () => {
  it('a reduplicated plural noun triggers as its base; `sepakat` and `minta maaf` are acts', () => {
    const a = analyzeText('Rusia melancarkan serangan-serangan ke Ukraina.', { lang: 'id' });
    expect(a.events.map((v) => [v.category, v.trigger.text, ...view(a, v).recipient])).toEqual([
      ['ASSAULT', 'serangan-serangan', 'Ukraine'],
    ]);
    const b = analyzeText('Indonesia dan Malaysia sepakat memperkuat patroli bersama di Selat Malaka.', {
      lang: 'id',
    });
    expect(b.events.map((v) => view(b, v))).toMatchObject([
      { category: 'AGREE', actor: ['Indonesia'], recipient: ['Malaysia'] },
    ]);
    const d = analyzeText('Partai Buruh mengajukan gugatan terhadap KPU ke Mahkamah Konstitusi.', {
      lang: 'id',
    });
    expect(d.events.map((v) => view(d, v))).toMatchObject([
      {
        category: 'ACCUSE',
        actor: ['Labour Party (Indonesia)'],
        recipient: ['General Elections Commission'],
      },
    ]);
    // agreeing on a view is no agreement
    expect(
      analyzeText('Indonesia dan Vietnam sepakat bahwa laut harus damai.', { lang: 'id' }).events,
    ).toEqual([]);
    const c = analyzeText('Menteri Luar Negeri Retno Marsudi minta maaf kepada Malaysia.', { lang: 'id' });
    expect(c.events.map((v) => view(c, v))).toMatchObject([
      { category: 'CONCEDE', actor: ['Retno Marsudi'], recipient: ['Malaysia'] },
    ]);
  });
});

describe('sources when the speaker is no named entity', () => {
  it('a speaker named by a descriptor after an inverted cue is an unnamed actor and the source', () => {
    const a = analyzeText(
      'Tiga warga Lebanon tewas dalam serangan Israel di Tyre, kata para pejabat kesehatan.',
      {
        lang: 'id',
      },
    );
    const speaker = a.entities.find((e) => e.id === a.statements[0].speaker);
    expect(speaker).toMatchObject({ name: 'pejabat kesehatan', kind: 'person' });
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      {
        category: 'ASSAULT',
        actor: ['Israel'],
        recipient: ['warga Lebanon'],
        sources: ['pejabat kesehatan CT+'],
      },
    ]);
  });

  it('with no speaker at all, the author reports the claim without a position (Uu)', () => {
    const a = analyzeText(
      'Tiga warga Lebanon tewas dalam serangan Israel di Tyre, kata mereka yang selamat.',
      {
        lang: 'id',
      },
    );
    expect(a.statements[0].speaker).toBeNull();
    expect(a.events[0].sources).toEqual([
      { source: 'author', factuality: 'Uu', statement: a.statements[0].id },
    ]);
  });

  it('a third-person pronoun before an inverted cue is not the speaker', () => {
    const a = analyzeText('Ia menembak Brian Thompson di depan hotel itu, ungkap polisi New York.', {
      lang: 'id',
    });
    expect(a.events.map((v) => view(a, v).actor)).not.toContainEqual(['polisi New York']);
  });
});

describe('English: openers are no names, the actor of a noun stands before it', () => {
  it('a sentence-initial number word is no person; `Russian airstrikes` are Russia’s', () => {
    const a = analyzeText('Three Ukrainian soldiers died after Russian airstrikes on Ukraine.', {
      lang: 'en',
    });
    expect(a.entities.map((e) => e.name)).not.toContain('Three');
    expect(a.events.map((v) => view(a, v))).toMatchObject([{ category: 'ASSAULT', actor: ['Russia'] }]);
  });

  it('a form that is verb and noun (`attack`) is the noun after a determiner or a name', () => {
    const a = analyzeText('Five civilians were killed in a Russian attack on Kharkiv on Monday.', {
      lang: 'en',
    });
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'ASSAULT', actor: ['Russia'], recipient: ['Kharkiv'] },
    ]);
    expect(a.events[0].why).toMatch(/attack → ASSAULT/);
    const b = analyzeText('Russia attacked Kharkiv on Monday.', { lang: 'en' });
    expect(b.events.map((v) => view(b, v))).toMatchObject([{ category: 'ASSAULT', actor: ['Russia'] }]);
  });
});

describe('an event needs a target unless it is only possible or probable', () => {
  it('an asserted or negated act with no recipient is not emitted; a possible one is', () => {
    expect(analyzeText('Partai Golkar mendukung kebijakan itu.', { lang: 'id' }).events).toEqual([]);
    expect(analyzeText('Partai Golkar tidak akan mendukung kebijakan itu.', { lang: 'id' }).events).toEqual(
      [],
    );
    const possible = analyzeText('Partai Golkar dapat mendukung kebijakan itu.', { lang: 'id' });
    expect(possible.events.map((v) => view(possible, v))).toMatchObject([
      { category: 'SUPPORT', recipient: [], sources: ['author PS+'] },
    ]);
  });

  it('a protest needs no target; before a body’s building, the body is its target', () => {
    const a = analyzeText(
      'Konfederasi Serikat Pekerja Indonesia (KSPI) menggelar unjuk rasa di Jakarta pada Senin.',
      {
        lang: 'id',
      },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'PROTEST', recipient: [], sources: ['author CT+'] },
    ]);
    const b = analyzeText(
      'Konfederasi Serikat Pekerja Indonesia (KSPI) menggelar unjuk rasa di depan Istana Merdeka pada Senin.',
      { lang: 'id' },
    );
    expect(view(b, find(b, 'PROTEST', 'Konfederasi Serikat Pekerja Indonesia')).recipient).toEqual([
      'Presidential Palace of Indonesia',
    ]);
  });

  it('`tidak akan ragu` is a resolve, not a negation', () => {
    const a = analyzeText(
      'Kepala Bakamla Aan Kurnia mengatakan Bakamla tidak akan ragu menembak kapal Malaysia yang melawan.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'ASSAULT', recipient: ['Malaysia'], sources: ['Aan Kurnia CT+'] },
    ]);
    expect(a.events[0].mode).toContain('future');
  });

  it('a nominal with a demonstrative refers to an act already told; a denial’s content is denied', () => {
    const a = analyzeText(
      'Kemlu membantah tuduhan Amerika Serikat bahwa Indonesia memasok senjata ke Myanmar. Juru bicara Kemlu mengatakan tuduhan Amerika ini tidak berdasar.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toEqual([
      {
        category: 'REJECT',
        actor: ['Ministry of Foreign Affairs of Indonesia'],
        recipient: ['United States'],
        sources: ['author CT+'],
      },
      {
        category: 'AID',
        actor: ['Indonesia'],
        recipient: ['Myanmar'],
        sources: ['Ministry of Foreign Affairs of Indonesia CT-'],
      },
    ]);
  });
});

describe('unnamed groups, refusals and fronted participle clauses', () => {
  it('an unnamed group is an actor coded by its owner and sector, or by its sector alone', () => {
    const a = analyzeText('Pasukan pemerintah Sudan menyerang kelompok pemberontak di Darfur.', {
      lang: 'id',
    });
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'ASSAULT', actor: ['Pasukan pemerintah Sudan'], recipient: ['kelompok pemberontak'] },
    ]);
    const codes = Object.fromEntries(a.entities.map((e) => [e.name, [e.kind, e.code]]));
    expect(codes['Pasukan pemerintah Sudan']).toEqual(['organization', 'SDNMIL']);
    expect(codes['kelompok pemberontak']).toEqual(['organization', 'REB']);
    // a group head before an organisation's name is that organisation, not a second actor
    const b = analyzeText('Iran membantu pemberontak Houthi di Yaman.', { lang: 'id' });
    expect(b.entities.map((e) => e.name)).not.toContain('pemberontak Houthi');
  });

  it('a tagger span `X dan Y` over two known names is two parties', () => {
    const a = analyzeText(
      'Di tengah rilis data inflasi, pemerintah Indonesia dan Peru menandatangani perjanjian dagang di Jakarta.',
      { lang: 'id' },
    );
    expect(a.entities.map((e) => e.name)).not.toContain('pemerintah Indonesia dan Peru');
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'AGREE', actor: ['pemerintah Indonesia'], recipient: ['Peru'] },
    ]);
  });

  it('a refused act is one REJECT with the act’s recipient, not a second, negated event', () => {
    const a = analyzeText('Hamas menolak menandatangani perjanjian gencatan senjata dengan Israel.', {
      lang: 'id',
    });
    expect(a.events.map((v) => view(a, v))).toEqual([
      { category: 'REJECT', actor: ['Hamas'], recipient: ['Israel'], sources: ['author CT+'] },
    ]);
    const en = analyzeText('Israel refused to sign the agreement with Hamas.', { lang: 'en' });
    expect(en.events.map((v) => view(en, v))).toEqual([
      { category: 'REJECT', actor: ['Israel'], recipient: ['Hamas'], sources: ['author CT+'] },
    ]);
  });

  it('a clause opening with a verb is fronted up to its comma, with the subordinate clause inside it', () => {
    const a = analyzeText(
      'Berbicara di hadapan parlemen tak lama setelah pasukan Rusia menyeberangi perbatasan, Presiden Emmanuel Macron mengecam Rusia.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'ACCUSE', actor: ['Emmanuel Macron'], recipient: ['Russia'] },
    ]);
  });
});

describe('attacks on places, talks, and subjects of earlier sentences', () => {
  it('the place an attack struck is its target when it names no party, not where another target was hit', () => {
    const a = analyzeText(
      'Pemerintah Indonesia mengecam serangan udara militer Israel terhadap kamp pengungsi di Rafah.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'ACCUSE', actor: ['Government of Indonesia'], recipient: ['militer Israel'] },
      { category: 'ASSAULT', actor: ['militer Israel'], recipient: ['Rafah'] },
    ]);
    expect(a.entities.find((e) => e.name === 'militer Israel')?.code).toBe('ISRMIL');
    const b = analyzeText('Korea Utara menembak pesawat di Laut Jepang.', { lang: 'id' });
    expect(b.events).toEqual([]);
  });

  it('summoning an ambassador is a request (`memanggil`, `summoned`)', () => {
    const a = analyzeText(
      'Kementerian Luar Negeri RI memanggil Duta Besar Australia untuk Indonesia, Kamis.',
      {
        lang: 'id',
      },
    );
    expect(a.events.map((v) => ({ ...view(a, v), mode: v.mode }))).toMatchObject([
      { category: 'REQUEST', actor: ['Ministry of Foreign Affairs of Indonesia'], mode: ['summon'] },
    ]);
    const en = analyzeText('China summoned the Japanese ambassador on Monday.', { lang: 'en' });
    expect(en.events.map((v) => view(en, v))).toMatchObject([{ category: 'REQUEST', actor: ['China'] }]);
  });

  it('`berbicara dengan` a counterpart is a consultation', () => {
    const a = analyzeText(
      'Menteri Luar Negeri Retno Marsudi berbicara dengan Menteri Luar Negeri Yordania Ayman Safadi melalui telepon.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'CONSULT', actor: ['Retno Marsudi'], recipient: ['Ayman Safadi'] },
    ]);
  });

  it('a pronoun’s antecedent in the sentence before is no name after a preposition', () => {
    const a = analyzeText(
      'Menurut laporan kantor berita Rusia, Dinas Keamanan Federal menangkap sepuluh orang. Mereka berencana menyerang sejumlah gedung di Moskow.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v).actor)).not.toContainEqual(['kantor berita Rusia']);
  });
});

describe('speech acts performed in a quotation', () => {
  it('`kami minta …` in a quotation is a request that took place, for the author; a reported act stays the speaker’s', () => {
    const a = analyzeText(
      '"Karena itu kami minta BPK melakukan audit investigatif," tegas anggota Komisi IV DPR Rudy Hartanto. "Rusia terus memasok senjata ke Suriah," kata Rudy.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'REQUEST', actor: ['Rudy Hartanto'], sources: ['author CT+'] },
      { category: 'AID', actor: ['Russia'], recipient: ['Syria'], sources: ['Rudy Hartanto CT+'] },
    ]);
  });
});

describe('denials of told claims, and actors in apposition to a role', () => {
  it('`membantah laporan tersebut` answers the latest accusation: its accuser is the recipient', () => {
    const a = analyzeText(
      'Korea Selatan menuduh Korea Utara mengirimkan ribuan tentara ke Rusia. Kremlin membantah laporan tersebut.',
      { lang: 'id' },
    );
    const reject = a.events.find((v) => v.category === 'REJECT')!;
    expect(view(a, reject)).toMatchObject({ actor: ['Kremlin'], recipient: ['South Korea'] });
    expect(reject.about).toBe(a.events.find((v) => v.category === 'ACCUSE')?.id);
  });

  it('the agent of a passive relative clause on a nominal is its actor, the target after it its recipient', () => {
    const a = analyzeText(
      'Kementerian Luar Negeri Iran mengecam sanksi yang dijatuhkan Uni Eropa terhadap Teheran.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'ACCUSE', actor: ['Kementerian Luar Negeri Iran'], recipient: ['European Union'] },
      { category: 'SANCTION', actor: ['European Union'], recipient: ['Iran'] },
    ]);
  });

  it('the person in apposition to a role that opens the clause is the actor, past a weekday', () => {
    const a = analyzeText(
      'Menteri Pertahanan Amerika Serikat, Robert Gates, Selasa bertemu dengan Presiden Filipina Ferdinand Marcos di Manila.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'CONSULT', actor: ['Robert Gates'], recipient: ['Ferdinand Marcos'] },
    ]);
  });
});

describe('a speaker’s own act, and targets behind role phrases', () => {
  it('a reported clause with no subject before its verb is the speaker’s act', () => {
    const a = analyzeText(
      'Partai Golkar dan Partai Demokrat bergabung. Partai Demokrat menyatakan akan tetap mendukung pasangan calon presiden dan wakil presiden Prabowo Subianto.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      {
        category: 'SUPPORT',
        actor: ['Democratic Party (Indonesia)'],
        recipient: ['Prabowo Subianto'],
        sources: ['Democratic Party (Indonesia) CT+'],
      },
    ]);
  });

  it('the person in apposition after an office and its place is the target', () => {
    const a = analyzeText(
      'Jaksa KPK menuntut mantan Kepala Dinas Pekerjaan Umum (PUPR) Kabupaten Lembah Rawa, Hendra Kusuma Wijaya, dengan pidana delapan tahun penjara.',
      { lang: 'id' },
    );
    expect(a.events.map((v) => view(a, v))).toMatchObject([
      { category: 'REQUEST', recipient: ['Hendra Kusuma Wijaya'] },
    ]);
  });
});

describe('requests, judgements of other acts, and what merges', () => {
  it('the act a directive asks for with a bare complement is the request only', () => {
    const a = analyzeText('Menteri Luar Negeri Sugiono meminta Myanmar membebaskan para tahanan politik.', {
      lang: 'id',
    });
    expect(a.events.map((v) => view(a, v))).toEqual([
      { category: 'REQUEST', actor: ['Sugiono'], recipient: ['Myanmar'], sources: ['author CT+'] },
    ]);
    // two coordinated acts are both done: `meminta maaf dan membebaskan`
    const b = analyzeText('Malaysia meminta maaf dan membebaskan dua nelayan Indonesia.', { lang: 'id' });
    expect(b.events.map((v) => v.category).sort()).toEqual(['CONCEDE', 'RETREAT']);
  });

  it('`ia` stands for the person of the previous subject, not the body his role names', () => {
    const a = analyzeText(
      'Ketua Komisi I DPR Utut Adianto mengecam China. Ia meminta Kementerian Pertahanan menambah kapal patroli.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'REQUEST', 'Utut Adianto')).recipient).toEqual([
      'Ministry of Defence of Indonesia',
    ]);
  });

  it('condemning an attack on someone does not accuse the victim', () => {
    const a = analyzeText(
      'Vietnam mengecam serangan terhadap kapal nelayan Filipina di Laut China Selatan.',
      {
        lang: 'id',
      },
    );
    expect(
      a.events.filter((v) => v.category === 'ACCUSE').map((v) => view(a, v).recipient),
    ).not.toContainEqual(['Philippines']);
    const b = analyzeText('Vietnam mengecam serangan China terhadap kapal nelayan Filipina.', { lang: 'id' });
    expect(view(b, find(b, 'ACCUSE', 'Vietnam')).recipient).toEqual(['China']);
  });

  it('an inserted example between commas does not end the object', () => {
    const a = analyzeText(
      'Amerika Serikat menuduh Iran memasok senjata, termasuk rudal balistik, kepada Rusia untuk perang di Ukraina.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'AID', 'Iran'))).toMatchObject({
      recipient: ['Russia'],
      sources: ['United States CT+'],
    });
  });

  it('weapons and humanitarian aid from one actor stay two acts', () => {
    const a = analyzeText(
      'Sudan menuduh Uni Emirat Arab memasok senjata. Uni Emirat Arab menegaskan telah menyalurkan bantuan kemanusiaan untuk Sudan.',
      { lang: 'id' },
    );
    // the weapons name no recipient and are dropped; the accusation does not join the humanitarian aid
    const aid = a.events.filter((v) => v.category === 'AID');
    expect(aid.map((v) => ({ mode: v.mode, sources: view(a, v).sources }))).toEqual([
      { mode: ['humanitarian'], sources: ['United Arab Emirates CT+'] },
    ]);
  });

  it('a negation in a nominal’s predicate denies the predicate, not the act', () => {
    const a = analyzeText('Korea Utara mengancam Korea Selatan. Ancaman serupa bukan hal baru bagi Seoul.', {
      lang: 'id',
    });
    expect(view(a, find(a, 'THREATEN', 'North Korea')).sources).toEqual(['author CT+']);
  });

  it('in English, a noun that is also a verb form is no act after a name it belongs to', () => {
    const a = analyzeText(
      'Chinese coast guard ships fired water cannon at a Philippine supply boat near the shoal.',
      { lang: 'en' },
    );
    expect(a.events.filter((v) => v.category === 'AID')).toEqual([]);
    const b = analyzeText('Washington said Iran supplies drones to Russia.', { lang: 'en' });
    expect(view(b, find(b, 'AID', 'Iran')).recipient).toEqual(['Russia']);
  });
});

describe('openers, aliases and denials of a claim', () => {
  it('a comma after a few opening words starts the subject again', () => {
    const a = analyzeText(
      'Sebelumnya, pada Januari 2025, Amerika Serikat menjatuhkan sanksi terhadap Rusia.',
      {
        lang: 'id',
      },
    );
    expect(a.events.map((v) => view(a, v))).toEqual([
      { category: 'SANCTION', actor: ['United States'], recipient: ['Russia'], sources: ['author CT+'] },
    ]);
  });

  it('the name after `alias` stands for the same person later', () => {
    const a = analyzeText(
      'Pasukan itu dipimpin Mohamed Hamdan Dagalo alias Hemedti. Amerika Serikat menjatuhkan sanksi terhadap Hemedti.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'SANCTION', 'United States')).recipient).toEqual(['Mohamed Hamdan Dagalo']);
  });

  it('a denial of a clause answers the accusation against the denier’s side, not the clause’s subject', () => {
    const a = analyzeText(
      'Indonesia menuduh kapal China melanggar ZEE. Juru bicara Kementerian Luar Negeri China Guo Jiakun membantah kapal China melanggar hukum.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'REJECT', 'Guo Jiakun')).recipient).toEqual(['Indonesia']);
  });

  it('the writer’s remark after a reported claim is the writer’s, not the speaker’s', () => {
    const a = analyzeText(
      'Israel menuduh Iran membuat senjata nuklir, tuduhan yang telah berulang kali dibantah Teheran.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'REJECT', 'Iran'))).toMatchObject({
      recipient: ['Israel'],
      sources: ['author CT+'],
    });
    expect(a.statements[0].content.text).toBe('Iran membuat senjata nuklir');
  });
});

describe('targets inside clauses, places and sites', () => {
  it('the parties of a denied clause are not the denial’s target', () => {
    const a = analyzeText('Bahlil membantah deklarasi itu dilakukan atas permintaan Istana.', { lang: 'id' });
    expect(a.events.filter((v) => v.category === 'REJECT')).toEqual([]);
  });

  it('an official does not threaten the country he speaks for; a named person stays the head of an apposition', () => {
    const a = analyzeText(
      'Kim Yo Jong, pejabat senior Korea Utara, memperingatkan Pyongyang akan mengambil langkah balasan.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => view(a, v).recipient.includes('North Korea'))).toEqual([]);
  });

  it('mediators are not the parties of the talks they mediate', () => {
    const a = analyzeText(
      'Perundingan yang dimediasi Amerika Serikat dan Arab Saudi di Jeddah belum menghasilkan gencatan senjata.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => v.category === 'CONSULT')).toEqual([]);
  });

  it('a diplomatic protest needs the one it is addressed to; a street protest does not', () => {
    const a = analyzeText('Teodoro said Manila would keep filing diplomatic protests over every incident.', {
      lang: 'en',
    });
    expect(a.events.filter((v) => v.category === 'PROTEST')).toEqual([]);
    const b = analyzeText('Kemlu menyampaikan protes keras kepada China atas insiden itu.', { lang: 'id' });
    expect(view(b, find(b, 'PROTEST', 'Ministry of Foreign Affairs of Indonesia')).recipient).toEqual([
      'China',
    ]);
  });

  it('aid sent to a territory goes to it, relief inside one’s own country is no act between parties', () => {
    const a = analyzeText('Indonesia mengirim bantuan ke Gaza.', { lang: 'id' });
    expect(view(a, find(a, 'AID', 'Indonesia')).recipient).toEqual(['Gaza Strip']);
    const b = analyzeText('Pesawat TNI AU mengirim bantuan ke Kabupaten Luwu.', { lang: 'id' });
    expect(b.events).toEqual([]);
  });

  it('sending is aid only when what is sent is', () => {
    const a = analyzeText('Indonesia sent a request to China to release the fishermen.', { lang: 'en' });
    expect(a.events.filter((v) => v.category === 'AID')).toEqual([]);
    const b = analyzeText('Russia sent troops to Syria.', { lang: 'en' });
    expect(view(b, find(b, 'AID', 'Russia')).recipient).toEqual(['Syria']);
  });

  it('the owner of the site struck is the attack’s target', () => {
    const a = analyzeText('TNI menyerang markas KKB di Intan Jaya.', { lang: 'id' });
    expect(view(a, find(a, 'ASSAULT', 'Indonesian National Armed Forces')).recipient).toEqual([
      'Armed Criminal Group (Papua)',
    ]);
  });

  it('a lower-case title with the body it serves introduces the speaker', () => {
    const a = analyzeText('Kemarin, juru bicara TPNPB Sebby Sambom menuduh TNI menembak warga.', {
      lang: 'id',
    });
    expect(view(a, find(a, 'ACCUSE', 'Sebby Sambom')).recipient).toEqual([
      'Indonesian National Armed Forces',
    ]);
  });
});

describe('leaders, reports, stopped acts and protested plans', () => {
  it('the leader named after a group is not the subject; the leadership opening a clause is', () => {
    const a = analyzeText(
      'Kelompok paramiliter pimpinan Mohamed Hamdan Dagalo itu menuding militer Sudan mendapat drone dari Iran.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => view(a, v).actor.includes('Mohamed Hamdan Dagalo'))).toEqual([]);
  });

  it('a name after a preposition before a parenthetical is no subject', () => {
    const a = analyzeText(
      'Laporan Panel Ahli PBB untuk Sudan, yang salinannya beredar pekan lalu, menuding Uni Emirat Arab berada di balik penerbangan itu.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => view(a, v).actor.includes('Sudan'))).toEqual([]);
  });

  it('an act named as what is suspended is not taking place', () => {
    const a = analyzeText('Iran kemudian menangguhkan kerja samanya dengan IAEA.', { lang: 'id' });
    expect(a.events.filter((v) => v.category === 'COOPERATE')).toEqual([]);
  });

  it('a protest against a plan is aimed at the plan’s owner', () => {
    const a = analyzeText(
      'Kementerian Luar Negeri Vietnam memprotes rencana China membangun stasiun riset di Paracel.',
      {
        lang: 'id',
      },
    );
    expect(view(a, find(a, 'PROTEST', 'Kementerian Luar Negeri Vietnam')).recipient).toEqual(['China']);
  });

  it('in English, the act a penalty is for is not the penalising state’s act', () => {
    const a = analyzeText(
      'The United States sanctioned two Chinese firms for supplying drone engines to Russia.',
      {
        lang: 'en',
      },
    );
    expect(a.events.filter((v) => v.category === 'AID')).toEqual([]);
  });
});

describe('readiness', () => {
  it('a ready act is possible (PS+), and still needs its partner named', () => {
    const a = analyzeText('Partai Golkar siap mendukung Prabowo Subianto pada pemilihan presiden 2029.', {
      lang: 'id',
    });
    expect(view(a, find(a, 'SUPPORT', 'Golkar'))).toMatchObject({
      recipient: ['Prabowo Subianto'],
      sources: ['author PS+'],
    });
    const b = analyzeText('Iran siap bekerja sama jika diminta.', { lang: 'id' });
    expect(b.events).toEqual([]);
  });
});

describe('attributions and participles', () => {
  it('a pronoun or name after an attribution word inside the clause is the speaker, not the subject', () => {
    const a = analyzeText('Pemerintah, lanjut dia, meminta otoritas Kamboja membebaskan para WNI.', {
      lang: 'id',
    });
    expect(a.events).toEqual([]);
  });

  it('an English participle after a comma is done by the sentence’s subject, or by the one who said it', () => {
    const a = analyzeText(
      'Thailand suspended the accord after a landmine wounded two soldiers, accusing Cambodia of laying new mines.',
      { lang: 'en' },
    );
    expect(view(a, find(a, 'ACCUSE', 'Thailand')).recipient).toEqual(['Cambodia']);
    const b = analyzeText(
      'Two Thai soldiers were wounded by a landmine, the Thai army said, accusing Cambodian forces of planting new mines.',
      { lang: 'en' },
    );
    expect(view(b, find(b, 'ACCUSE', 'Thai army')).recipient).toEqual(['Cambodian forces']);
  });
});

describe('clauses after accusations, and acts referred back to', () => {
  it('the name right before a verb after `menuduh` is that verb’s subject, even with no statement found', () => {
    const a = analyzeText(
      'Pasukan Dukungan Cepat (RSF) menyerang konvoi bantuan di Sudan. Sudan juga berulang kali menuduh UEA memasok senjata kepada RSF.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'AID', 'United Arab Emirates')).recipient).toEqual(['Rapid Support Forces']);
  });

  it('an act referred back to whose latest mention names no doer has no known doer', () => {
    const a = analyzeText(
      'Pada Mei 2025, India melancarkan serangan rudal ke Pakistan. Kemarin terjadi serangan bom terhadap konvoi polisi di Anantnag. Kementerian Luar Negeri RI mengecam serangan tersebut.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => v.category === 'ACCUSE')).toEqual([]);
  });
});

describe('datelines and documents', () => {
  it('a two-word place before a dash is a dateline; a draft resolution is not the one who demands', () => {
    const a = analyzeText(
      'New York - Amerika Serikat memveto rancangan resolusi Dewan Keamanan (DK) PBB yang menuntut Israel menghentikan perluasan permukiman.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => view(a, v).actor.includes('New York'))).toEqual([]);
    expect(a.events.filter((v) => v.category === 'REQUEST')).toEqual([]);
  });
});

describe('embedded questions and English sanctions', () => {
  it('`apakah` opens a clause: the subject of a verb of receiving is found inside it', () => {
    const a = analyzeText(
      'Juru bicara Kementerian Luar Negeri Rolliansyah Soemirat mengatakan pemerintah menunggu hasil penyidikan. Ia belum bersedia menjawab apakah Jakarta akan menerima permintaan Kuala Lumpur untuk melepas awak kapal.',
      { lang: 'id' },
    );
    const req = find(a, 'REQUEST', 'Malaysia');
    expect(view(a, req).recipient).toEqual(['Jakarta']);
  });

  it('`sanctions` after an article or an adjective is the noun; its doer is the subject of a light verb', () => {
    const a = analyzeText(
      'The EU announced punitive sanctions against Minsk. He said Malaysia did not recognise unilateral sanctions. Iran condemned the sanctions.',
      { lang: 'en' },
    );
    expect(view(a, find(a, 'SANCTION', 'European Union')).recipient).toEqual(['Belarus']);
    expect(
      a.events.filter((v) => v.category === 'SANCTION' && view(a, v).actor.includes('Malaysia')),
    ).toEqual([]);
    expect(view(a, find(a, 'ACCUSE', 'Iran')).recipient).toEqual(['European Union']);
  });
});

describe('denials answer the other side', () => {
  it('a state’s spokesman denying `tudingan` does not answer his own side’s accusation', () => {
    const a = analyzeText(
      'Beijing balik menuding. Juru bicara CCG Liu Dejun menyatakan kapal Filipina menerobos masuk secara ilegal. "Kami mendesak pihak Filipina segera menghentikan provokasi," ujar Liu. Juru bicara Kementerian Luar Negeri China Lin Jian membantah tudingan bahwa kapal China membahayakan nyawa awak kapal.',
      { lang: 'id' },
    );
    expect(
      a.events.filter((v) => v.category === 'REJECT' && view(a, v).recipient.includes('Liu Dejun')),
    ).toEqual([]);
  });

  it('at home, the government denies what an NGO accused it of', () => {
    const a = analyzeText(
      'Walhi menuding Kementerian Kehutanan membiarkan pembalakan liar di Kalimantan. Kementerian Kehutanan membantah tudingan tersebut.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'REJECT', 'Ministry of Environment and Forestry of Indonesia')).recipient).toEqual(
      ['WALHI'],
    );
  });
});

describe('first sentences and coordinated acts', () => {
  it('a wire dateline with its outlet in brackets is no part of the first sentence’s subject', () => {
    const a = analyzeText(
      "KYIV/BEIJING, Dec 3 (Reuters) - Ukraine's military intelligence said on Wednesday it had found components made by Chinese companies, and accused Beijing of allowing the supplies to continue.",
      { lang: 'en' },
    );
    expect(view(a, find(a, 'ACCUSE', "Ukraine's military")).recipient).toEqual(['China']);
  });

  it('`…, dan mendesak …` after a reported clause is the speaker’s own act', () => {
    const a = analyzeText(
      'Rencana itu menuai kritik dari anggota Komisi IV DPR Rahmat Subekti. Ia menilai Indonesia seharusnya memprioritaskan sapi lokal, dan mendesak Badan Pangan Nasional (Bapanas) membuka data neraca daging.',
      { lang: 'id' },
    );
    const req = a.events.filter((v) => v.category === 'REQUEST');
    expect(req.map((v) => view(a, v).actor)).toEqual([['Rahmat Subekti']]);
  });

  it('the party after `tanpa` is no recipient of the act before it', () => {
    const a = analyzeText(
      'Anggota Komisi I DPR Rudy Hartanto menilai Kementerian Pertahanan terburu-buru menandatangani perjanjian tanpa berkonsultasi dengan DPR.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => v.category === 'AGREE' && v.recipient.length > 0)).toEqual([]);
  });
});

describe('appositions, relative objects and own missions', () => {
  it('a name in an apposition after a comma does not head the phrase it describes', () => {
    const a = analyzeText(
      'Dalam beberapa kesempatan, Coordination of Government Activities in the Territories (COGAT), unit Kementerian Pertahanan Israel yang mengatur masuknya barang ke Gaza, membantah menghambat bantuan dan menuding Hamas mencuri pasokan.',
      { lang: 'id' },
    );
    const acc = a.events.filter((v) => v.category === 'ACCUSE');
    expect(acc.map((v) => view(a, v).actor)).toEqual([
      ['Coordination of Government Activities in the Territories'],
    ]);
  });

  it('`which` as the object of a relative clause: the verb acts on the name before it, not on a denied claim', () => {
    const a = analyzeText(
      'Parliament suspended cooperation with the IAEA, which Iranian officials accused of paving the way for the attacks.',
      { lang: 'en' },
    );
    expect(view(a, find(a, 'ACCUSE', 'Iran')).recipient).toEqual(['International Atomic Energy Agency']);
    const b = analyzeText(
      'Experts reported evidence of weapons flights from the UAE, which it has consistently denied.',
      { lang: 'en' },
    );
    expect(b.events.filter((v) => v.category === 'REJECT' && v.recipient.length > 0)).toEqual([]);
  });

  it('a ministry coordinating with its own embassies acts with no other party', () => {
    const a = analyzeText(
      'Juru bicara Kemlu Roy Soemirat mengatakan Kemlu terus berkoordinasi dengan Kedutaan Besar RI di Kairo. Kemlu memanggil Kedutaan Besar Australia.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => v.category === 'COOPERATE')).toEqual([]);
    expect(a.events.filter((v) => v.category === 'REQUEST')).toHaveLength(1);
  });

  it('a strike on a town of Gaza strikes the Palestinian territory', () => {
    const a = analyzeText(
      'Pada Minggu, serangan udara Israel di Khan Younis menewaskan sedikitnya sembilan orang.',
      {
        lang: 'id',
      },
    );
    const hit = a.entities.find((e) => e.name === 'Khan Younis');
    expect(hit?.code).toBe('PSE');
  });
});

describe('clauses in English wire copy', () => {
  it('`X said, accusing Y of …`: the content is what came before; the accusation is X’s', () => {
    const a = analyzeText(
      'BANGKOK (AP) — Two Thai soldiers were seriously wounded Thursday when a landmine exploded, the Thai army said, accusing Cambodian forces of planting new mines in violation of a ceasefire that ended deadly fighting last year.',
      { lang: 'en' },
    );
    expect(a.statements[0].content.text.startsWith('Two Thai soldiers')).toBe(true);
    expect(view(a, find(a, 'ACCUSE', 'Thai army')).recipient).toEqual(['Cambodian forces']);
  });

  it('a denied gerund holds the denied act’s party, not the denial’s target', () => {
    const a = analyzeText('Kigali has long denied backing M23, despite reports by U.N. experts.', {
      lang: 'en',
    });
    expect(a.events.filter((v) => v.category === 'REJECT' && v.recipient.length > 0)).toEqual([]);
  });

  it('a pronoun in a later clause stands for its sentence’s subject; `to` before a name opens no clause', () => {
    const a = analyzeText(
      "Russia's military used the parts. The United States has sanctioned hundreds of Chinese entities since 2022 for supplying electronics to Russia's military, though it has not previously accused Beijing of shipping ammunition.",
      { lang: 'en' },
    );
    expect(view(a, find(a, 'ACCUSE', 'United States')).recipient).toEqual(['China']);
  });

  it('an envoy named with the country he is sent to is still the subject', () => {
    const a = analyzeText(
      'Duta Besar Uni Eropa untuk Indonesia Denis Chaibi telah bertemu Menteri Koordinator Bidang Perekonomian Airlangga Hartarto pekan lalu.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => v.category === 'CONSULT').map((v) => view(a, v).actor)).toEqual([
      ['Denis Chaibi'],
    ]);
  });
});

describe('`kami` of a body’s voice', () => {
  it('a spokesman’s `kami` is the body he speaks for; a member’s stays his own', () => {
    const a = analyzeText(
      'Juru bicara Kejaksaan Agung Anang Supriatna menjelaskan perkembangan kasus itu. "Kami juga sudah berkoordinasi dengan PPATK untuk menelusuri aliran dananya," kata Anang.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => v.category === 'COOPERATE').map((v) => view(a, v).actor)).toEqual([
      ["Attorney General's Office of Indonesia"],
    ]);
    const b = analyzeText(
      '"Karena itu kami minta BPK melakukan audit investigatif," tegas anggota Komisi IV DPR Rudy Hartanto.',
      { lang: 'id' },
    );
    expect(b.events.map((v) => view(b, v).actor)).toEqual([['Rudy Hartanto']]);
  });
});

describe('merging within a document', () => {
  it('an act with no recipient does not take a later, different act’s recipient', () => {
    const a = analyzeText(
      'Otoritas Israel mendeportasi kesembilan WNI tersebut melalui perlintasan Allenby. Israel memberlakukan blokade laut atas Gaza sejak 2007.',
      { lang: 'id' },
    );
    const gaza = a.events.filter((v) => view(a, v).recipient.includes('Gaza Strip'));
    expect(gaza.map((v) => v.trigger.text)).not.toContain('mendeportasi');
  });
});

describe('role holders and reminders', () => {
  it('the person in apposition after a body named in a role is the one arrested', () => {
    const a = analyzeText(
      'Komisi Pemberantasan Korupsi (KPK) menangkap anggota Komisi V DPR RI dari Fraksi Partai Bintang Nusantara (PBN), Arif Suganda, dalam operasi tangkap tangan di Jakarta.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'COERCE', 'Corruption Eradication Commission')).recipient).toEqual([
      'Arif Suganda',
    ]);
  });

  it('`mengingatkan,` opens a reported clause; `mengingatkan, agar` asks for something', () => {
    const a = analyzeText(
      'Juru bicara Kemlu Roy Soemirat menjelaskan sikap itu. Ia mengingatkan, Indonesia tahun lalu juga menandatangani Perjanjian Kemitraan Ekonomi Komprehensif dengan Uni Eropa.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'AGREE', 'Indonesia'))).toMatchObject({
      recipient: ['European Union'],
      sources: ['Roy Soemirat CT+'],
    });
    const b = analyzeText(
      'Anggota Fraksi PDI Perjuangan TB Hasanuddin mengingatkan, agar seluruh kader PDI-P mendukung keputusan Presiden Joko Widodo.',
      { lang: 'id' },
    );
    expect(b.statements).toEqual([]);
  });
});

describe('batch-14 lessons', () => {
  it('the owner of facilities struck, after `terhadap`, is the target', () => {
    const a = analyzeText('Israel melancarkan serangan udara terhadap fasilitas nuklir Iran.', {
      lang: 'id',
    });
    expect(view(a, find(a, 'ASSAULT', 'Israel')).recipient).toEqual(['Iran']);
  });

  it('a passive’s agent named after a body and its place is the person', () => {
    const a = analyzeText(
      'Bupati Bondowoso Hendra Wahyu Saputra menuduh DPRD menghambat anggaran. Tuduhan itu langsung dibantah Ketua DPRD Bondowoso Ahmad Fauzi.',
      { lang: 'id' },
    );
    expect(view(a, find(a, 'REJECT', 'Ahmad Fauzi')).recipient).toEqual(['Hendra Wahyu Saputra']);
  });

  it('an English gerund opening a clause is talked about, not done', () => {
    const a = analyzeText(
      'Russian President Vladimir Putin has warned that arming Ukraine would be "a very big mistake" for Seoul.',
      { lang: 'en' },
    );
    expect(a.events.filter((v) => v.category === 'AID')).toEqual([]);
  });

  it('a modal after `and` opens a second predicate of the clause’s subject', () => {
    const a = analyzeText(
      'Chief Cabinet Secretary Minoru Kihara said Japan strongly condemns the military cooperation between North Korea and Russia and would coordinate closely with the United States.',
      { lang: 'en' },
    );
    expect(view(a, find(a, 'COOPERATE', 'Japan')).recipient).toEqual(['United States']);
  });

  it('a place after a preposition in a relative clause is no subject', () => {
    const a = analyzeText(
      'Kementerian Luar Negeri Sudan yang berbasis di Port Sudan menuding Pasukan Dukungan Cepat (RSF) menyerang konvoi itu.',
      { lang: 'id' },
    );
    expect(a.events.filter((v) => view(a, v).actor.includes('Port Sudan'))).toEqual([]);
  });
});
