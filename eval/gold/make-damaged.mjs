// Writes examples/008_scraped-beras-impor.txt with the exact bytes a careless scraper leaves:
// a UTF-8 BOM, CRLF line endings, no-break spaces, sentences glued at their full stop, a word split
// by a stray space, a year glued to the next sentence, a doubled quote mark and boilerplate lines.
// The damage is spelled out here (not typed into an editor) so that the bytes are reproducible.
// Usage: node eval/gold/make-damaged.mjs [output path]   (default: the file under examples/)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NBSP = '\u00A0';
const BOM = '\uFEFF';
const CRLF = '\r\n';

const header = ' date 2025-03-12 (CNN)';

// One string per paragraph; paragraphs are separated by a blank line (CRLF CRLF) as in the seed.
const paragraphs = [
  `Jakarta, CNN Indonesia -- Pemerintah memastikan tidak akan membuka keran impor beras sepanjang 2025. Keputusan itu diambil setelah stok cadangan beras pemerintah (CBP) di gudang Perum Bulog mencapai 2,1 juta ton, tertinggi dalam lima tahun terakhir.`,
  `Menteri Koordinator Bidang Pangan Sutrisno${NBSP}Hadiwijaya mengatakan produksi gabah dalam negeri diperkirakan naik 4,7 persen pada musim panen raya Maret hingga April.`,
  `"Dengan stok sebesar ini, kita tidak perlu impor beras tahun ini. Petani harus menikmati harga yang layak saat panen," kata dia.Sementara itu, Direktur Utama Perum Bulog Wahyudi${NBSP}Santoso menyebut penyerapan gabah petani ditargetkan mencapai 3 juta ton setara beras hingga akhir tahun.`,
  `Baca juga: Harga Beras Medium Turun di 20 Provinsi, Ini Daftarnya`,
  `Menurut Wahyudi, Bulog akan membeli gabah kering panen dengan harga pembelian pemerintah (HPP) Rp${NBSP}6.500 per kilogram. Ia memastikan gudang Bulog di luar Jawa siap menampung tambahan stok, termasuk di Sulawesi Selatan dan Nusa Tenggara Barat.`,
  `"Kami sudah menyiapkan 1.500 gudang, baik milik sendiri maupun sewa. Tidak ada alasan gabah petani tidak terserap lagi.""Kami juga menggandeng penggilingan swasta supaya serapan lebih cepat," ujar Wahyudi saat meninjau gudang Bulog di Kelapa Gading, Jakart a.`,
  `SCROLL TO CONTINUE WITH CONTENT`,
  `Kebijakan ini berbeda dengan tahun sebelumnya. Sepanjang 2024 Indonesia mengimpor sekitar 4,5 juta ton beras, terbanyak dari Thailand dan Vietnam, menurut data Badan Pusat Statistik (BPS). Izin impor terakhir diterbitkan pada November 2024Pemerintah kemudian menghentikan penerbitan izin impor baru sejak Desember.`,
  `Ketua Umum Serikat Petani Nusantara Jumadi M.${NBSP}Nasution menyambut baik keputusan tersebut. Namun, ia mengingatkan bahwa harga gabah di tingkat petani di sejumlah daerah masih jatuh di bawah HPP saat panen raya.`,
  `"Di Karawang dan Indramayu, tengkulak masih membeli gabah Rp${NBSP}5.800 per kilogram. Pemerintah harus turun langsung mengawasi," tegasnya.`,
  `Lihat juga Video: Panen Raya, Bulog Targetkan Serap 3 Juta Ton Beras`,
  `Sementara itu, ekonom pertanian dari Institut Pertanian Bogor (IPB) Dr. Andreas${NBSP}Kurniadi menilai keputusan menghentikan impor cukup berisiko jika cuaca ekstrem kembali terjadi pada semester II.`,
  `Menurut dia, pemerintah sebaiknya tetap menyiapkan skema impor darurat dengan kuota terbatas. "Stok 2,1 juta ton itu memadai untuk enam bulan. Setelah itu, semuanya bergantung pada hasil panen gadu," tuturnya.`,
  `Kementerian Pertanian sebelumnya memproyeksikan produksi beras nasional 2025 mencapai 32,8 juta ton, naik dari 30,6 juta ton pada 2024.`,
];

const text = BOM + header + CRLF + CRLF + paragraphs.join(CRLF + CRLF) + CRLF;

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, '..', '..', 'examples', '008_scraped-beras-impor.txt');
writeFileSync(out, text, 'utf8');
