/** Given and family names, `|`-separated to keep the lists readable; Moroccan ones carry their Arabic-script spelling after `=`. */

const list = (names: string): string[] => names.split('|');

export const FR_GIVEN_NAMES = list(
  'Claire|Étienne|Julien|Marion|Camille|Thomas|Élodie|Nicolas|Sophie|Mathieu|Aurélie|Guillaume|' +
    'Céline|Pierre|Anne|Benoît|Émilie|Laurent|Hélène|François|Chloé|Antoine|Lucie|Sébastien|' +
    'Manon|Olivier|Pauline|Jérôme|Agnès|Maxime|Cécile|Hugo|Margaux|Romain|Valérie|Baptiste|' +
    'Isabelle|Clément|Nathalie|Vincent|Léa|Gaëlle|Yann|Noémie|Arnaud|Françoise|Jean-Baptiste|' +
    'Marie-Hélène|Anne-Sophie|Louis|Inès|Karim|Sarah|Mehdi|Nadia|Joël|Maëlle|Loïc|Bérénice',
);

export const FR_FAMILY_NAMES = list(
  'Martin|Bernard|Dubois|Durand|Lefèvre|Moreau|Garnier|Girard|Bonnet|Dupont|Lambert|Fontaine|' +
    'Rousseau|Vincent|Muller|Faure|André|Mercier|Blanc|Guérin|Boyer|Chevalier|Perrin|Morel|' +
    'Gauthier|Roux|Fournier|Michel|Clément|Chabert|Jacquier|Favre|Vuillermoz|Bérard|Arnaud|Gros|' +
    'Tissot|Rey|Pellissier|Dufour|Brunet|Barbier|Collomb|Cattin|Baud|Berthet|Mollard|Rochas|' +
    'Eyraud|Achard|Chaix|Gravier|Escallier|Garcia|Lopez|Nguyen|Benali|Haddad|Le Gall|Le Roux|' +
    'Ferrand|Laffont|Lacaze|Pujol|Carrère|Etcheverry|Santoni|Paoli|Garnier-Lefèvre|Dupré-Martin',
);

export interface MoroccanName {
  latin: string;
  arabic: string;
}

const moroccan = (names: string): MoroccanName[] =>
  list(names).map((pair) => {
    const [latin, arabic] = pair.split('=');
    return { latin, arabic };
  });

export const MA_GIVEN_NAMES = moroccan(
  'Youssef=يوسف|Mohamed=محمد|Ahmed=أحمد|Hassan=حسن|Rachid=رشيد|Abdellah=عبد الله|' +
    'Mustapha=مصطفى|Khalid=خالد|Saïd=سعيد|Omar=عمر|Brahim=إبراهيم|Lahcen=لحسن|Hamid=حميد|' +
    'Aziz=عزيز|Karim=كريم|Driss=إدريس|Hicham=هشام|Noureddine=نور الدين|Abdelaziz=عبد العزيز|' +
    'Mehdi=مهدي|Anas=أنس|Ayoub=أيوب|Idir=إيدير|Yuba=يوبا|Aksil=أكسيل|Moha=موحى|Hmad=حماد|' +
    'Ali=علي|Jamal=جمال|Fatima Zahra=فاطمة الزهراء|Khadija=خديجة|Aïcha=عائشة|Meryem=مريم|' +
    'Salma=سلمى|Nadia=نادية|Zineb=زينب|Hanane=حنان|Samira=سميرة|Latifa=لطيفة|Naïma=نعيمة|' +
    'Siham=سهام|Houda=هدى|Imane=إيمان|Asmae=أسماء|Loubna=لبنى|Ghizlane=غزلان|Kenza=كنزة|' +
    'Tiziri=تيزيري|Itto=إطو|Dihya=ديهيا|Tafsout=تافسوت|Ijja=إجة|Touda=تودة|Hafsa=حفصة|' +
    'Sanaa=سناء|Rajae=رجاء',
);

/** Arabic family names first, then Amazigh ones (Aït …, Id …, Ou…). */
export const MA_FAMILY_NAMES = moroccan(
  'El Idrissi=الإدريسي|Benali=بنعلي|Alaoui=العلوي|El Amrani=العمراني|Bennani=بناني|Tazi=التازي|' +
    'Berrada=برادة|Chraïbi=الشرايبي|El Fassi=الفاسي|Benjelloun=بنجلون|Ouazzani=الوزاني|' +
    'Lahlou=لحلو|Skalli=السقلي|Bouzidi=البوزيدي|El Mansouri=المنصوري|Hajji=الحجي|Karimi=الكريمي|' +
    'Zeroual=الزروالي|Naciri=الناصري|El Ouafi=الوافي|Sabri=صبري|Bakkali=البقالي|Kettani=الكتاني|' +
    'Tahiri=الطاهري|Aït Benhaddou=آيت بنحدو|Oubaha=أوباها|Amellal=أملال|Id Brahim=إد إبراهيم|' +
    'Aït Lahcen=آيت لحسن|Ouhammou=أوحمو|Aït Ouaziz=آيت وعزيز|Oudaoud=أوداود|Amzil=أمزيل|' +
    'Ouchen=أوشن|Akhiat=أخيات|Ouakrim=أوكريم|Id Belkacem=إد بلقاسم|Aït Hammou=آيت حمو|' +
    'Aït Ali=آيت علي|Ahansal=أحنصال|Ouahmane=أوحمان|Amghar=أمغار|Aït Saïd=آيت سعيد|Azeroual=أزروال',
);
