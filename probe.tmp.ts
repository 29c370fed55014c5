import { factualityAt } from './src/extract/factuality.js';
const cases: [string, string][] = [
  ['Korea Utara (Korut) mengatakan bahwa mereka tidak pernah melakukan transaksi senjata dengan Rusia.', 'melakukan'],
  ['Mereka juga menegaskan tidak memiliki rencana untuk melakukannya.', 'melakukannya'],
  ['Amerika Serikat (AS) mengatakan Korea Utara tampaknya memasok Rusia dengan peluru artileri.', 'memasok'],
  ['Amerika Serikat memiliki informasi yang mengindikasikan Korea Utara secara diam-diam memasok sejumlah peluru artileri kepada Rusia.', 'memasok'],
  ['Komentar Kirby menyarankan Washington akan mengawasi pengiriman tetapi tidak akan mencegat mereka karena tidak percaya itu akan berdampak pada perang.', 'mengawasi'],
  ['Komentar Kirby menyarankan Washington akan mengawasi pengiriman tetapi tidak akan mencegat mereka karena tidak percaya itu akan berdampak pada perang.', 'mencegat'],
  ['Komentar Kirby menyarankan Washington akan mengawasi pengiriman tetapi tidak akan mencegat mereka karena tidak percaya itu akan berdampak pada perang.', 'berdampak'],
  ['Namun, Amerika Serikat memiliki kapasitas untuk melacak pengiriman, dan intersepsi bisa menjadi opsi mengingat Rusia memiliki hak veto.', 'intersepsi'],
  ['Rusia memiliki hak veto di Dewan Keamanan PBB dan dapat memblokir tindakan apa pun di sana.', 'memblokir'],
  ['Korea Utara jelas menggunakan perang Ukraina untuk mempererat hubungannya dengan Rusia.', 'menggunakan'],
  ['Pyongyang tidak pernah memiliki urusan senjata dengan Rusia dan tidak memiliki rencana untuk melakukannya di masa depan.', 'melakukannya'],
  ['Polisi tidak mungkin menangkap tersangka malam itu.', 'menangkap'],
  ['Tersangka diduga tidak melaporkan hartanya.', 'melaporkan'],
  ['Pemerintah mungkin tidak menaikkan harga BBM.', 'menaikkan'],
  ['Bukan hanya Rusia yang menyerang, Korea Utara juga.', 'menyerang'],
];
for (const [s, t] of cases) { const i = s.indexOf(t); const r = factualityAt(s, 0, i, 'id'); console.log(t.padEnd(14), r.factuality, r.future, r.why); }
