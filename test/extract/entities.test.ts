import { describe, expect, it } from 'vitest';
import { analyzeExample, analyzeText, entityNamed, forms } from '../helpers/analyze.js';

describe('entities of the seed article', () => {
  const a = analyzeExample('000_ed4e84306170659b.txt');
  const row = (name: string) => {
    const e = entityNamed(a, name);
    return { kind: e.kind, code: e.code, forms: forms(e) };
  };

  it('links countries through aliases, short forms and capitals used as metonyms', () => {
    expect(row('North Korea')).toEqual({
      kind: 'country',
      code: 'PRK',
      forms: ['DPRK', 'Korea Utara', 'Korut', 'Pyongyang'],
    });
    expect(row('Russia')).toEqual({ kind: 'country', code: 'RUS', forms: ['Moskow', 'Rusia'] });
    expect(row('United States')).toEqual({
      kind: 'country',
      code: 'USA',
      forms: ['AS', 'Amerika Serikat', 'Washington'],
    });
    expect(row('Ukraine')).toEqual({ kind: 'country', code: 'UKR', forms: ['Ukraina'] });
  });

  it('codes organisations, media and IGOs', () => {
    expect(row('White House')).toEqual({ kind: 'organization', code: 'USAGOV', forms: ['Gedung Putih'] });
    expect(row('United Nations Security Council')).toEqual({
      kind: 'igo',
      code: 'IGOUNO',
      forms: ['Dewan Keamanan PBB'],
    });
    expect(row('Global News')).toMatchObject({ kind: 'media', code: 'MED' });
    const kcna = a.entities.find((e) => e.kind === 'media' && e.code === 'PRKMED');
    expect(kcna && forms(kcna)).toEqual(['kantor berita KCNA']);
    expect(row('Center for Strategic and International Studies')).toEqual({
      kind: 'organization',
      code: 'USAEDU',
      forms: ['CSIS', 'Center for Strategic and International Studies'],
    });
    expect(row('Middle East').kind).toBe('region');
    expect(row('North Africa').kind).toBe('region');
  });

  it('gives people their full name, role, affiliation and code', () => {
    const kirby = entityNamed(a, 'John Kirby');
    expect(forms(kirby)).toEqual(['John Kirby', 'Kirby']);
    expect(kirby.role).toBe('Juru bicara Keamanan Nasional Gedung Putih');
    expect(kirby.affiliation).toBe(entityNamed(a, 'White House').id);
    expect(kirby.code).toBe('USAGOV');
    const cha = entityNamed(a, 'Victor Cha');
    expect(forms(cha)).toEqual(['Cha', 'Victor Cha']);
    expect(cha.affiliation).toBe(entityNamed(a, 'Center for Strategic and International Studies').id);
    expect(cha.code).toBe('USAEDU');
  });

  it('makes the unnamed official an entity that the anaphor links back to', () => {
    const ministry = a.entities.find((e) => e.kind === 'organization' && e.code === 'PRKMIL');
    expect(ministry && forms(ministry)).toEqual(['kementerian pertahanan Korea Utara']);
    const official = a.entities.find((e) => e.kind === 'person' && e.affiliation === ministry?.id);
    expect(official?.code).toBe('PRKMIL');
    expect(official && forms(official)).toEqual([
      'Seorang pejabat kementerian pertahanan Korea Utara',
      'pejabat itu',
    ]);
  });

  it('keeps every mention offset true to the text', () => {
    for (const e of a.entities)
      for (const m of e.mentions) expect(a.document.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('entity patterns on other text', () => {
  it('reads a title before a name and links the later short name', () => {
    const a = analyzeText(
      'Menteri Luar Negeri Retno Marsudi bertemu dengan Menlu Malaysia di Jakarta, Senin. Retno mengatakan kedua negara sepakat memperkuat kerja sama.',
    );
    const retno = entityNamed(a, 'Retno Marsudi');
    expect(forms(retno)).toEqual(['Retno', 'Retno Marsudi']);
    expect(retno.role).toBe('Menteri Luar Negeri');
  });

  it('a role keeps its short form in brackets; a person’s short name in brackets ends the role', () => {
    const a = analyzeText(
      'Menteri Luar Negeri (Menlu) RI Ratna Kusumawati menerima kunjungan Menlu Vietnam Nguyen Van Thanh. Juru bicara Kementerian Luar Negeri (Kemlu) Lalu Muhammad Iqbal mengatakan hal itu.',
    );
    expect(entityNamed(a, 'Ratna Kusumawati').role).toBe('Menteri Luar Negeri (Menlu) RI');
    expect(entityNamed(a, 'Lalu Muhammad Iqbal').role).toBe('Juru bicara Kementerian Luar Negeri (Kemlu)');
    expect(a.entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual([
      'Ratna Kusumawati',
      'Nguyen Van Thanh',
      'Lalu Muhammad Iqbal',
    ]);
    const b = analyzeText('Presiden Joko Widodo (Jokowi) dan Wakil Presiden Jusuf Kalla hadir di Istana.');
    expect(entityNamed(b, 'Jusuf Kalla').role).toBe('Wakil Presiden');
    const c = analyzeText('Peraturan Menteri Keuangan (PMK) Nomor 12 Tahun 2024 mulai berlaku.');
    expect(c.entities.filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('an ambiguous demonym before a lowercase noun is its country (`Chinese fishing vessels`)', () => {
    const a = analyzeText(
      'The Philippines accused Chinese fishing vessels of damaging the reef, and Chinese coast guard ships of firing water cannon at a supply boat.',
      { lang: 'en' },
    );
    expect(a.entities.map((e) => e.name)).toContain('China');
    // a coast guard the dictionary knows is its own actor
    expect(a.entities.find((e) => e.name === 'China Coast Guard')?.code).toBe('CHNCOP');
    const b = analyzeText('The statement was published in Chinese and English.', { lang: 'en' });
    expect(b.entities.map((e) => e.name)).not.toContain('China');
  });

  it('a descriptor with a person in apposition after it is that person’s, not an unnamed actor', () => {
    const a = analyzeText(
      'Menteri Pertahanan Amerika Serikat, Robert Gates, Selasa bertemu dengan Raja Yordania di Amman.',
    );
    expect(a.entities.map((e) => e.name)).not.toContain('Menteri Pertahanan Amerika Serikat');
    expect(entityNamed(a, 'Robert Gates').role).toBe('Menteri Pertahanan Amerika Serikat');
  });

  it('a bare ministry the dictionary knows as Indonesia’s, followed by another country, is that country’s', () => {
    const a = analyzeText(
      '"Iran tidak pernah mengirim rudal ke Rusia," kata juru bicara Kementerian Luar Negeri Iran Nasser Kanaani.',
    );
    expect(a.entities.find((e) => e.name === 'Kementerian Luar Negeri Iran')?.code).toBe('IRNGOV');
    expect(a.entities.map((e) => e.name)).not.toContain('Ministry of Foreign Affairs of Indonesia');
    expect(entityNamed(a, 'Nasser Kanaani').code).toBe('IRNGOV');
  });

  it('a weekday is no name; a dateline’s dash opens the sentence (`- The European Union`)', () => {
    const a = analyzeText(
      'BRUSSELS (Reuters) - The European Union on Monday imposed sanctions on 12 Iranian officials.',
      { lang: 'en' },
    );
    expect(a.entities.map((e) => e.name)).toContain('European Union');
    expect(a.entities.map((e) => e.name)).not.toContain('Monday');
    expect(a.entities.map((e) => e.name)).not.toContain('The European Union');
    const b = analyzeText(
      'MANILA (Reuters) - The Philippines on Friday lodged a diplomatic protest with China.',
      { lang: 'en' },
    );
    expect(b.entities.map((e) => e.name)).not.toContain('The');
  });

  it('`Barat` is the West, except as the last word of a capitalised name', () => {
    const a = analyzeText('Pekan lalu Kremlin menuduh Barat berupaya memperpanjang perang di Ukraina.');
    expect(a.entities.find((e) => e.name === 'the West')?.code).toBe('IGOWST');
    const b = analyzeText(
      'Ada tiga pulau di Indonesia Barat yang terkena banjir. Kantornya di Jalan Medan Merdeka Barat, Jakarta.',
    );
    expect(b.entities.map((e) => e.name)).not.toContain('the West');
  });

  it('learns an acronym defined in brackets and its bare uses', () => {
    const a = analyzeText(
      'Peneliti dari Lembaga Kajian Maritim Nusantara (LKMN) menilai patroli itu penting. Menurut LKMN, jumlah kapal asing meningkat.',
    );
    const org = a.entities.find((e) => forms(e).includes('LKMN'));
    expect(org?.kind).toBe('organization');
    expect(forms(org!)).toEqual(['LKMN', 'Lembaga Kajian Maritim Nusantara']);
  });

  it('codes a ministry of a named country by its field word', () => {
    const a = analyzeText('Seorang juru bicara kementerian luar negeri Tiongkok menolak tuduhan itu.');
    const ministry = a.entities.find((e) => e.kind === 'organization');
    expect(ministry?.code).toBe('CHNGOV');
    const spokesperson = a.entities.find((e) => e.kind === 'person');
    expect(spokesperson?.code).toBe('CHNGOV');
  });

  it('resolves Indonesian places to IDN and leaves an ambiguous name unlinked', () => {
    const a = analyzeText(
      'Banjir melanda Kabupaten Bandung dan Kota Medan sejak Senin. Warga Bogor diminta waspada.',
    );
    const medan = a.entities.find((e) => forms(e).includes('Kota Medan'));
    expect(medan?.code).toBe('IDN');
    expect(medan?.kind).toBe('location');
    // Bogor is both a regency and a city: no guess
    expect(a.entities.some((e) => forms(e).includes('Bogor') && e.code !== null && e.kind !== 'person')).toBe(
      false,
    );
  });

  it('reads an English article: titles, possessives and capitals', () => {
    const a = analyzeText(
      'Secretary of State Antony Blinken said on Tuesday that Washington would not lift sanctions on Moscow. Blinken spoke in Brussels.',
      { lang: 'en' },
    );
    expect(forms(entityNamed(a, 'Antony Blinken'))).toContain('Blinken');
    expect(entityNamed(a, 'United States').mentions.map((m) => m.text)).toContain('Washington');
    expect(entityNamed(a, 'Russia').mentions.map((m) => m.text)).toContain('Moscow');
  });
});

describe('entities: overlapping aliases, ambiguous names in context, organisation tails', () => {
  it('two overlapping aliases of one actor make one mention', () => {
    const a = analyzeText('Presiden Prabowo Subianto menerima Perdana Menteri Anwar Ibrahim di Bogor.', {
      lang: 'id',
    });
    const prabowo = a.entities.filter((e) => e.name === 'Prabowo Subianto');
    expect(prabowo).toHaveLength(1);
    expect(prabowo[0].mentions.map((m) => a.document.text.slice(m.start, m.end))).toEqual([
      'Presiden Prabowo Subianto',
    ]);
  });

  it('an ambiguous party name takes the reading of the article’s country', () => {
    const id = analyzeText(
      'Partai Demokrat menolak usulan PDI-P. Ketua PKB di Jakarta menyebut sikap Partai Demokrat wajar.',
      { lang: 'id' },
    );
    expect(id.entities.find((e) => e.mentions.some((m) => m.text === 'Partai Demokrat'))?.code).toBe(
      'IDNPTY',
    );
    // with no country context the name stays unlinked
    const none = analyzeText('Partai Demokrat menolak usulan itu.', { lang: 'id' });
    expect(none.entities.some((e) => e.mentions.some((m) => m.text === 'Partai Demokrat'))).toBe(false);
  });

  it('an ambiguous person name without context is still a person, just not the one the dictionary knows', () => {
    // `Sugiono` alone is a common Javanese name; the dictionary's Sugiono is the foreign minister
    const farmer = analyzeText('Seorang petani bernama Sugiono mengatakan panen tahun ini gagal.', {
      lang: 'id',
    });
    const p = farmer.entities.find((e) => e.mentions.some((m) => m.text === 'Sugiono'));
    expect(p).toMatchObject({ kind: 'person', name: 'Sugiono', code: null });
    // with the office before it, it is the minister, and the subject of what follows
    const minister = analyzeText(
      'Kemarin, Menteri Luar Negeri Sugiono bertemu Menteri Luar Negeri Vietnam Bui Thanh Son di Hanoi.',
      { lang: 'id' },
    );
    const m = minister.entities.find((e) => e.name === 'Sugiono');
    expect(m).toMatchObject({ kind: 'person', code: 'IDNGOV' });
    const meet = minister.events.find((v) => v.category === 'CONSULT');
    expect(meet?.actor).toEqual([m?.id]);
    const text = minister.document.text;
    expect(m?.mentions.map((x) => text.slice(x.start, x.end))).toEqual(['Menteri Luar Negeri Sugiono']);
  });

  it('a name after a known ministry that opens a role is a person, not more of the ministry', () => {
    const a = analyzeText(
      'Juru bicara Kementerian Luar Negeri China Guo Jiakun menuduh Filipina melanggar kedaulatan China.',
      { lang: 'id' },
    );
    expect(a.entities.find((e) => e.kind === 'person')).toMatchObject({ name: 'Guo Jiakun', code: 'CHNGOV' });
    expect(a.entities.some((e) => e.name.includes('Guo') && e.kind !== 'person')).toBe(false);
    expect(a.events.find((v) => v.category === 'ACCUSE')?.actor).toEqual([
      a.entities.find((e) => e.name === 'Guo Jiakun')?.id,
    ]);
  });

  it('a bare organisation head with a demonstrative points back to the organisation named before', () => {
    const a = analyzeText(
      'Kementerian Luar Negeri Myanmar menolak pernyataan itu. Kementerian itu menuding Indonesia mencampuri urusan dalam negeri Myanmar.',
      { lang: 'id' },
    );
    const ministry = a.entities.find((e) => e.code === 'MMRGOV');
    expect(ministry?.mentions.map((m) => a.document.text.slice(m.start, m.end))).toEqual([
      'Kementerian Luar Negeri Myanmar',
      'Kementerian itu',
    ]);
    expect(a.entities.some((e) => e.name === 'Kementerian')).toBe(false);
    expect(a.events.find((v) => v.category === 'ACCUSE')?.actor).toEqual([ministry?.id]);
  });

  it('a party’s faction is an organisation of its own, coded by the party’s country', () => {
    const a = analyzeText('Fraksi PKB menolak usulan pemerintah itu.', { lang: 'id' });
    expect(a.entities.find((e) => e.name === 'Fraksi PKB')).toMatchObject({
      kind: 'organization',
      code: 'IDNPTY',
    });
  });

  it('a name ending in an organisation word is an organisation, whatever the tagger says', () => {
    const a = analyzeText('Garuda Indonesia menolak tawaran dari Malaysia Airlines.', { lang: 'id' });
    expect(a.entities.find((e) => e.name === 'Malaysia Airlines')?.kind).toBe('organization');
  });
});

describe('acronyms after a name with a country in it', () => {
  it('the acronym belongs to the whole name before the bracket', () => {
    const a = analyzeText(
      'Ketua Umum Asosiasi Pengusaha Indonesia (Apindo) Shinta Kamdani hadir. Apindo mendukung kebijakan itu.',
      { lang: 'id' },
    );
    const apindo = a.entities.find((e) => e.mentions.some((m) => m.text === 'Apindo'));
    expect(apindo?.name).toBe('Asosiasi Pengusaha Indonesia');
    const b = analyzeText(
      'Airlangga bertemu Kepala Kantor Perwakilan Dagang AS (USTR) Jamieson Greer. USTR menolak.',
      {
        lang: 'id',
      },
    );
    expect(b.entities.find((e) => e.mentions.some((m) => m.text === 'USTR'))?.kind).toBe('organization');
  });
});

describe('an office named by its field', () => {
  it('the field holds the words of state bodies’ names; a common word that names none starts the name', () => {
    const a = analyzeText(
      'Menteri Kelautan dan Perikanan Rahmat Hidayat Lubis hadir. Rahmat, yang keluar lebih dulu, enggan berkomentar.',
      { lang: 'id' },
    );
    const rahmat = entityNamed(a, 'Rahmat Hidayat Lubis');
    expect(rahmat?.kind).toBe('person');
    expect(rahmat && forms(rahmat)).toContain('Rahmat');
    const b = analyzeText('Menteri Koordinator Bidang Politik dan Keamanan Budi Gunawan hadir.', {
      lang: 'id',
    });
    expect(entityNamed(b, 'Budi Gunawan')?.kind).toBe('person');
  });
});

describe('sectors of derived organisations', () => {
  it('a field refines a government head, not a company', () => {
    const a = analyzeText(
      'China menjatuhkan sanksi kepada tujuh perusahaan pertahanan AS. Kementerian Pertahanan Korea Utara membantah.',
      { lang: 'id' },
    );
    expect(a.entities.find((e) => e.name === 'perusahaan pertahanan AS')?.code).toBe('USABUS');
    expect(
      a.entities.find((e) => e.mentions.some((m) => m.text === 'Kementerian Pertahanan Korea Utara'))?.code,
    ).toBe('PRKMIL');
  });
});

describe('organisations referred back to by their head', () => {
  it('`perusahaan itu` is the latest company named before it; a government head picks none by sector', () => {
    const a = analyzeText(
      'Polisi menuding PT Lautan Cahaya Hijau menyelundupkan solar. Perusahaan itu membantah tuduhan tersebut.',
      { lang: 'id' },
    );
    expect(forms(entityNamed(a, 'PT Lautan Cahaya Hijau')!)).toContain('Perusahaan itu');
    const b = analyzeText('KPK memeriksa Kementerian Pertanian. Badan itu menolak berkomentar.', {
      lang: 'id',
    });
    expect(
      b.entities.some((e) => e.mentions.some((m) => m.text === 'Badan itu') && e.name.includes('Pertanian')),
    ).toBe(false);
  });
});

describe('a body’s acronym between it and its country', () => {
  it('`Departemen Luar Negeri (DFA) Filipina` is the Philippines’ ministry, and `DFA` names it', () => {
    const a = analyzeText(
      'Departemen Luar Negeri (DFA) Filipina memanggil duta besar China. DFA menuntut Beijing menghentikan tindakan agresif.',
      { lang: 'id' },
    );
    const dfa = a.entities.find((e) => e.mentions.some((m) => m.text === 'DFA'));
    expect(dfa?.code).toBe('PHLGOV');
    expect(dfa && forms(dfa)).toContain('Departemen Luar Negeri');
  });

  it('`junta Myanmar` is the country’s military', () => {
    const a = analyzeText('Menteri Luar Negeri Sugiono meminta junta Myanmar membebaskan tahanan politik.', {
      lang: 'id',
    });
    expect(a.entities.find((e) => e.name === 'junta Myanmar')?.code).toBe('MMRMIL');
  });
});

describe('a bare `pemerintah`', () => {
  it('is the government of the article’s country when one leads; not `pemerintah daerah`', () => {
    const a = analyzeText(
      'Ketua Komisi I DPR Utut Adianto meminta pemerintah mempercepat pembelian kapal selam. Kementerian Pertahanan menyatakan siap, sementara pemerintah daerah belum berkomentar.',
      { lang: 'id' },
    );
    const gov = a.entities.find((e) => e.name === 'Government of Indonesia');
    expect(gov && forms(gov)).toEqual(['pemerintah']);
    expect(gov?.mentions).toHaveLength(1);
    const b = analyzeText('Warga meminta pemerintah memperbaiki jalan.', { lang: 'id' });
    expect(b.entities.some((e) => e.name === 'Government of Indonesia')).toBe(false);
  });
});

describe('names spelled out before their acronym', () => {
  it('initials that spell the bracketed acronym make an organisation; a programme or a fuel does not', () => {
    const a = analyzeText(
      'Coordination of Government Activities in the Territories (COGAT) membantah. Program Makan Bergizi Gratis (MBG) berjalan. Harga Bahan Bakar Minyak (BBM) naik.',
      { lang: 'id' },
    );
    const cogat = a.entities.find(
      (e) => e.name === 'Coordination of Government Activities in the Territories',
    );
    expect(cogat?.kind).toBe('organization');
    expect(cogat && forms(cogat)).toContain('COGAT');
    expect(a.entities.some((e) => e.name === 'Makan Bergizi Gratis' || e.name === 'Bahan Bakar Minyak')).toBe(
      false,
    );
  });

  it('a ministry named with a territory coded as a state belongs to that state', () => {
    const a = analyzeText('Menurut Kementerian Kesehatan Gaza, sembilan orang tewas.', { lang: 'id' });
    expect(a.entities.find((e) => e.name === 'Kementerian Kesehatan Gaza')?.code?.slice(0, 3)).toBe('PSE');
  });
});

describe('names around roles and acronyms', () => {
  it('an envoy’s name after `untuk` and the country he is sent to', () => {
    const a = analyzeText(
      'Sementara itu, Duta Besar Iran untuk Indonesia Mohammad Boroujerdi menuduh Israel sengaja menyasar kawasan permukiman.',
      { lang: 'id' },
    );
    expect(entityNamed(a, 'Mohammad Boroujerdi')?.kind).toBe('person');
  });

  it('a hyphenated acronym spells its name; a name ending in an organisation word is no person', () => {
    const a = analyzeText(
      'Salah satu relawan, dr. Farid Maulana dari Medical Emergency Rescue Committee (MER-C), menuding tentara Israel.',
      { lang: 'id' },
    );
    const merc = a.entities.find((e) => e.name === 'Medical Emergency Rescue Committee');
    expect(merc?.kind).toBe('organization');
    expect(merc && forms(merc)).toContain('MER-C');
  });
});

describe('the body a minister leads', () => {
  it('a minister with no affiliation of his own speaks for the ministry of his field when it is named', () => {
    const a = analyzeText(
      'Kementerian Komunikasi dan Digital (Komdigi) juga memutus akses ke 23 situs tersebut. Menteri Komunikasi dan Digital Meutya Hafid menyebut pihaknya telah memblokir jutaan konten.',
      { lang: 'id' },
    );
    const minister = entityNamed(a, 'Meutya Hafid');
    const ministry = a.entities.find((e) => e.mentions.some((m) => m.text === 'Komdigi'));
    expect(minister?.affiliation).toBe(ministry?.id);
    expect(minister?.code).toBe('IDNGOV');
  });
});

describe('codes from the names inside', () => {
  it('a part of a known body is in its sector; a place named with a country is in it', () => {
    const a = analyzeText(
      'Anggota Komisi IV DPR RI Rudy Hartanto Siregar hadir. Militer Israel menyerang sejumlah desa di Lebanon selatan.',
      { lang: 'id' },
    );
    expect(entityNamed(a, 'Rudy Hartanto Siregar')?.code).toBe('IDNLEG');
    expect(a.entities.find((e) => e.name === 'Lebanon selatan')?.code).toBe('LBN');
  });
});

describe('ranks before names', () => {
  it('lower TNI and Polri ranks and a TNI corps are no part of the name', () => {
    const a = analyzeText(
      'Seorang prajurit TNI, Pratu Andi Saputra, tewas ditembak. Kapolsek Sugapa Iptu Rahmat Hidayat dan Kapendam XVII/Cenderawasih Letkol Inf Candra Kurniawan memberi keterangan.',
      { lang: 'id' },
    );
    for (const name of ['Andi Saputra', 'Rahmat Hidayat', 'Candra Kurniawan'])
      expect(entityNamed(a, name)?.kind).toBe('person');
  });
});
