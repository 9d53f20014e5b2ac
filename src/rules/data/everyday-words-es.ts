/*
 * Spanish words of everyday US life that a general Spanish dictionary lacks, so a client's texts in
 * Spanish are not marked misspelled for them. Our own curation, by class, each from the public
 * source named; only words the Spanish dictionary we load does not know (its inflected forms listed
 * beside them, since these are plain words, not dictionary stems).
 */
export const SPANISH_EVERYDAY_WORDS: readonly string[] = [
  // US Spanish: loans from English that the Academia Norteamericana de la Lengua Española (ANLE)
  // records as the common usage of Spanish speakers in the United States ("la aseguranza del
  // carro", "parquear la troca", "los biles"), and texting's own verbs.
  'aseguranza',
  'aseguranzas',
  'troca',
  'trocas',
  'parqueo',
  'parquear',
  'parqueadero',
  'bil',
  'biles',
  'lonche',
  'textear',
  'texteo',
  'textee',
  'texteé',
  'textéenos',
  'textéeme',
  'sobretiempo',
  // A utility's notice of a shut-off, as utilities' Spanish pages write it.
  'desconexión',
  'desconexiones',
  // Latin American and colloquial words the Diccionario de la lengua española records (DLE: "puntaje",
  // "nomás", "porfa", "mijo", "compa", "cripto") and a firm's texts use with clients.
  'puntaje',
  'puntajes',
  'nomás',
  'porfa',
  'mijo',
  'mija',
  'compa',
  'cripto',
  // "App", the English loan US Spanish writes for "aplicación" ("descargue la app del tribunal";
  // Fundéu RAE, "app"), too short for the code-switch reading of English words in Spanish.
  'app',
  'apps',
  'criptos',
  'codeudor',
  'codeudora',
  'cosignatario',
  'cosignataria',
  'cofirmante',
  // Communication and remote work (Fundéu RAE's recommendations: "videollamada" and "ciberacoso"
  // written as one word).
  'videollamada',
  'videollamadas',
  'ciberacoso',
  'ciberdelito',
  'ciberdelitos',
  'telemedicina',
  'emails',
  // Drug names in Spanish as MedlinePlus en español writes them (prescription lists, a pill bottle
  // in a police report, an injury's medication).
  'hidrocodona',
  'oxicodona',
  'fentanilo',
  'metanfetamina',
  'metanfetaminas',
  'codeína',
  'buprenorfina',
  'metadona',
  'gabapentina',
  'ibuprofeno',
  'acetaminofén',
  'acetaminofeno',
  'naloxona',
  'opiáceos',
  'incapacitante',
  // Gaming machines and tickets named in an injury or divorce matter (a casino's floor, a lottery
  // prize in a community estate).
  'tragamonedas',
  'tragaperras',
  'raspadito',
  'raspaditos',
  // Regional everyday words of the Caribbean, Mexico and Central America that the Asociación de
  // Academias de la Lengua Española's Diccionario de americanismos (2010) records: "guagua" (the
  // bus: Cuba, Puerto Rico, the Dominican Republic), "gomitas" (gummy candy), "maquinitas" (slot
  // and arcade machines), "raite" (a ride), "chamaco" (a kid); and loanwords the DLE writes with
  // a Spanish accent ("clóset", "fólder", "zíper").
  'guagua',
  'guaguas',
  'gomita',
  'gomitas',
  'maquinita',
  'maquinitas',
  'raite',
  'raites',
  'chamaco',
  'chamaca',
  'chamacos',
  'chamacas',
  // The regional words for children a family or custody matter is full of, as the Diccionario de
  // americanismos records them: "chavalo" (Nicaragua, Honduras, El Salvador), "pibe" (Argentina,
  // Uruguay), "gurí" (the Río de la Plata), "escuincle" (Mexico), "cabro" (Chile), "carajito" (the
  // Dominican Republic, Venezuela), "chigüín" (Nicaragua), "güila" (Costa Rica); the forms the
  // dictionary we load lacks.
  'chavalo',
  'chavalos',
  'pibe',
  'pibes',
  'piba',
  'pibas',
  'gurí',
  'gurises',
  'gurisa',
  'gurisas',
  'escuincle',
  'escuincles',
  'escuincla',
  'escuinclas',
  'cabro',
  'cabros',
  'carajito',
  'carajitos',
  'carajita',
  'carajitas',
  'chigüín',
  'chigüines',
  'chigüina',
  'chigüinas',
  'güila',
  'güilas',
  'clóset',
  'clósets',
  'fólder',
  'fólderes',
  'zíper',
  'zíperes',
  // Household and car words of Mexican, Central American and Southern Cone Spanish that the
  // Diccionario de americanismos (ASALE, 2010) records and the general dictionary lacks: the car's
  // trunk ("cajuela", Mexico), the cooler and the lunch box ("hielera", "lonchera"), the water
  // heater ("calefón", Chile, Argentina, Uruguay), the fridge ("refri") and a ride ("aventón"), the
  // words a tenant's repair, a crash report or a search of a car comes with.
  'cajuela',
  'cajuelas',
  'hielera',
  'hieleras',
  'lonchera',
  'loncheras',
  'calefón',
  'calefones',
  'refri',
  'refris',
  'aventón',
  'aventones',
  // The breath-alcohol meter of a drunk-driving stop ("alcoholímetro": Mexico's "programa
  // alcoholímetro" checkpoints; "etilómetro" in Spain), which criminal-defense texts name.
  'alcoholímetro',
  'alcoholímetros',
  'etilómetro',
  'etilómetros',
  // Indigenous languages of Mexico and Guatemala that immigration courts and asylum interviews
  // provide interpreters for (EOIR's interpreter program and USCIS's asylum interview rules name
  // Mam, K'iche', Q'anjob'al, Akateko, Chuj, Ixil, Kaqchikel, Q'eqchi', Tzotzil, Tzeltal, Triqui,
  // Garífuna), written in lower case in Spanish as every language name is ("intérprete de mam").
  'mam',
  "k'iche'",
  "k'iche",
  'kiché',
  "q'anjob'al",
  'kanjobal',
  'akateko',
  'acateco',
  'chuj',
  'ixil',
  'kaqchikel',
  'cakchiquel',
  "q'eqchi'",
  "q'eqchi",
  'kekchí',
  'tzotzil',
  'tzeltal',
  'triqui',
  'garífuna',
  // Drinks of Mexican bars and cantinas as the DLE records them (marked Mexican): beer and its
  // servings ("chela", a "caguama" of about a litre, a "michelada" or "chelada" with lime and salt),
  // "tepache", and the spirits "charanda" and "sotol"; what a drunk-driving or dram-shop claim's
  // police report says the driver was served. Their plurals, which the dictionary we load lacks too.
  'chela',
  'chelas',
  'caguama',
  'caguamas',
  'michelada',
  'micheladas',
  'chelada',
  'cheladas',
  'tepache',
  'charanda',
  'sotol',
  // Shops and stalls of Mexican and Central American trade named for what they sell, where a wage
  // claim's client worked or a lease's tenant trades, as the DLE records them (marked Mexican or
  // American): "pulque" and the "pulquería" that serves it, the "taquería", "tortillería",
  // "nevería" (ice cream), "lonchería" (a lunch counter), "tlapalería" (hardware), "refaccionaria"
  // (car parts), the "tianguis" street market, and the trades' sellers.
  'pulque',
  'pulques',
  'pulquería',
  'pulquerías',
  'pulquero',
  'pulquera',
  'taquería',
  'taquerías',
  'taquero',
  'taquera',
  'tortillería',
  'tortillerías',
  'nevería',
  'neverías',
  'lonchería',
  'loncherías',
  'tlapalería',
  'tlapalerías',
  'refaccionaria',
  'refaccionarias',
  'tianguis',
  'tianguista',
  'tianguistas',
  'tamalero',
  'tamalera',
  'tamaleros',
  'tamaleras',
  // Usury as the DLE names it: the "agiotista" (a usurer, the informal lender a bankruptcy lists
  // as a creditor), "agio" and "agiotaje" (speculation, usury).
  'agiotista',
  'agiotistas',
  'agio',
  'agiotaje',
  // Mexico's credit bureau, "el buró (de crédito)" as the DLE records it, that a loan "sin buró"
  // skips and a consumer case disputes.
  'buró',
  'burós',
];
