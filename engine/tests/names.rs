//! The title and the issuer of small documents written for these tests, one shape of
//! title or issuer a table, each in the six languages: a letterhead, a title block and
//! a few lines of body, as a tender or a call is laid out. Every case is run through
//! `analyze_document`, and every failing case is listed at once.

mod common;

use common::{Case, case, check};
use rfp_engine::{HintKind, Layout, StopFlag, analyze_document};

#[test]
fn a_step_or_section_heading_is_not_the_title() {
    check(&[
        case(
            "step",
            "en",
            "Lakeside Water Authority\nPart 2: Eligibility\nRehabilitation of the Eastern Pumping Station\nApplicants must be registered water contractors.\n",
            "Rehabilitation of the Eastern Pumping Station",
            "Lakeside Water Authority",
        ),
        case(
            "step",
            "fr",
            "Commune de Belmont-sur-Loire\nPartie 2 : Conditions de participation\nRénovation énergétique de l'école des Tilleuls\nLes candidats doivent justifier de trois références.\n",
            "Rénovation énergétique de l'école des Tilleuls",
            "Commune de Belmont-sur-Loire",
        ),
        case(
            "step",
            "es",
            "Ayuntamiento de Villanueva del Río\nCapítulo 2. Requisitos de los licitadores\nSuministro de luminarias LED para el alumbrado público\nLos licitadores deberán acreditar su solvencia técnica.\n",
            "Suministro de luminarias LED para el alumbrado público",
            "Ayuntamiento de Villanueva del Río",
        ),
        case(
            "step",
            "pt",
            "Câmara Municipal de Vila Serena\nParte II – Condições de participação\nRequalificação do Mercado Municipal\nOs concorrentes devem apresentar as certidões exigidas.\n",
            "Requalificação do Mercado Municipal",
            "Câmara Municipal de Vila Serena",
        ),
        case(
            "step",
            "it",
            "Comune di Valdoro\nSezione 2: Requisiti di partecipazione\nServizio di trasporto scolastico 2027-2029\nGli operatori economici devono essere iscritti alla camera di commercio.\n",
            "Servizio di trasporto scolastico 2027-2029",
            "Comune di Valdoro",
        ),
        case(
            "step",
            "de",
            "Stadtverwaltung Lindenau\nTeil 2: Eignungskriterien\nSanierung der Sporthalle am Mühlenweg\nDie Bieter müssen drei Referenzen vorlegen.\n",
            "Sanierung der Sporthalle am Mühlenweg",
            "Stadtverwaltung Lindenau",
        ),
    ]);
}

#[test]
fn a_document_type_line_is_not_the_title() {
    check(&[
        case(
            "doc-type",
            "en",
            "Northfield County Health Department\nRevised Request for Proposal\nMobile Clinic Scheduling Software\nProposals are due on 4 May 2027.\n",
            "Mobile Clinic Scheduling Software",
            "Northfield County Health Department",
        ),
        case(
            "doc-type",
            "fr",
            "Agence de l'Eau du Bassin Vert\nAvis d'appel public à la concurrence\nSuivi piézométrique des nappes alluviales\nLes offres sont à remettre avant le 4 mai 2027.\n",
            "Suivi piézométrique des nappes alluviales",
            "Agence de l'Eau du Bassin Vert",
        ),
        case(
            "doc-type",
            "es",
            "Consejería de Medio Ambiente\nPliego de condiciones técnicas (versión revisada)\nRestauración de riberas del río Tormes\nLas ofertas se presentarán antes del 4 de mayo de 2027.\n",
            "Restauración de riberas del río Tormes",
            "Consejería de Medio Ambiente",
        ),
        case(
            "doc-type",
            "pt",
            "Agência Regional de Energia do Alentejo\nConvite à apresentação de propostas\nAuditoria energética a edifícios escolares\nAs propostas devem ser entregues até 4 de maio de 2027.\n",
            "Auditoria energética a edifícios escolares",
            "Agência Regional de Energia do Alentejo",
        ),
        case(
            "doc-type",
            "it",
            "Agenzia Regionale per la Mobilità\nAvviso di gara rettificato\nFornitura di pensiline per le fermate degli autobus\nLe offerte devono pervenire entro il 4 maggio 2027.\n",
            "Fornitura di pensiline per le fermate degli autobus",
            "Agenzia Regionale per la Mobilità",
        ),
        case(
            "doc-type",
            "de",
            "Landratsamt Oberfelden\nGeänderte Bekanntmachung\nWinterdienst auf den Kreisstraßen 2027/2028\nAngebote sind bis zum 4. Mai 2027 einzureichen.\n",
            "Winterdienst auf den Kreisstraßen 2027/2028",
            "Landratsamt Oberfelden",
        ),
    ]);
}

#[test]
fn a_sentence_about_questions_is_not_the_title() {
    check(&[
        case(
            "questions",
            "en",
            "Harbourside Development Agency\nQuestions about this tender must be sent in writing by 2 May 2027\nDredging of the Inner Harbour Basin\nThe Agency invites sealed tenders.\n",
            "Dredging of the Inner Harbour Basin",
            "Harbourside Development Agency",
        ),
        case(
            "questions",
            "fr",
            "Conseil Départemental du Haut-Vallon\nToute question sur la consultation est à poser sur la plateforme\nEntretien des ouvrages d'art du réseau routier\nLe Département lance une consultation.\n",
            "Entretien des ouvrages d'art du réseau routier",
            "Conseil Départemental du Haut-Vallon",
        ),
        case(
            "questions",
            "es",
            "Diputación Provincial de Almenara\nLas consultas sobre el pliego se dirigirán por escrito al órgano de contratación\nMantenimiento de caminos rurales de la provincia\nLa Diputación convoca esta licitación.\n",
            "Mantenimiento de caminos rurales de la provincia",
            "Diputación Provincial de Almenara",
        ),
        case(
            "questions",
            "pt",
            "Município de Ribeira Alta\nOs pedidos de esclarecimento devem ser enviados por escrito\nBeneficiação da rede de águas pluviais\nO Município lança o presente procedimento.\n",
            "Beneficiação da rede de águas pluviais",
            "Município de Ribeira Alta",
        ),
        case(
            "questions",
            "it",
            "Provincia di Monteverde\nLe richieste di chiarimenti vanno inviate tramite la piattaforma\nManutenzione delle strade provinciali 2027\nLa Provincia indice la presente procedura.\n",
            "Manutenzione delle strade provinciali 2027",
            "Provincia di Monteverde",
        ),
        case(
            "questions",
            "de",
            "Gemeinde Talheim\nBieterfragen sind schriftlich über die Vergabeplattform zu stellen\nErneuerung der Trinkwasserleitung Talstraße\nDie Gemeinde schreibt die Leistung öffentlich aus.\n",
            "Erneuerung der Trinkwasserleitung Talstraße",
            "Gemeinde Talheim",
        ),
    ]);
}

#[test]
fn a_line_cut_mid_word_is_not_the_title() {
    check(&[
        case(
            "cut",
            "en",
            "Eastvale District Council\nApplicants shall use the forms in the attach-\nRequest for Proposals\nPublic Library Digitisation Project\nProposals are due on 9 June 2027.\n",
            "Public Library Digitisation Project",
            "Eastvale District Council",
        ),
        case(
            "cut",
            "fr",
            "Communauté de Communes du Val Doré\nLes candidats utiliseront les formulaires join-\nAppel d'offres\nCollecte des déchets ménagers 2027-2030\nLes offres sont à remettre avant le 9 juin 2027.\n",
            "Collecte des déchets ménagers 2027-2030",
            "Communauté de Communes du Val Doré",
        ),
        case(
            "cut",
            "es",
            "Ayuntamiento de Sierra Clara\nLos licitadores utilizarán los modelos adjun-\nLicitación\nRenovación del césped del campo municipal\nLas ofertas se presentarán antes del 9 de junio de 2027.\n",
            "Renovación del césped del campo municipal",
            "Ayuntamiento de Sierra Clara",
        ),
        case(
            "cut",
            "pt",
            "Câmara Municipal de Porto Claro\nOs concorrentes devem usar os modelos ane-\nEdital\nReabilitação do Cineteatro Municipal\nAs propostas devem ser entregues até 9 de junho de 2027.\n",
            "Reabilitação do Cineteatro Municipal",
            "Câmara Municipal de Porto Claro",
        ),
        case(
            "cut",
            "it",
            "Comune di Roccaverde\nI concorrenti utilizzano i modelli alle-\nBando di gara\nRiqualificazione del parco urbano\nLe offerte devono pervenire entro il 9 giugno 2027.\n",
            "Riqualificazione del parco urbano",
            "Comune di Roccaverde",
        ),
        case(
            "cut",
            "de",
            "Stadt Bergheim an der Aue\nEs gelten die beigefügten Vertrags-\nAusschreibung\nNeubau einer Kindertagesstätte\nAngebote sind bis zum 9. Juni 2027 einzureichen.\n",
            "Neubau einer Kindertagesstätte",
            "Stadt Bergheim an der Aue",
        ),
    ]);
}

#[test]
fn the_issuers_name_is_not_the_title() {
    check(&[
        case(
            "issuer-name",
            "en",
            "MINISTRY OF ENERGY\nSTATE DEPARTMENT FOR RENEWABLE POWER\nTENDER DOCUMENT\nSUPPLY OF SOLAR STREET LIGHTS\nTenders close on 3 July 2027.\n",
            "SUPPLY OF SOLAR STREET LIGHTS",
            "MINISTRY OF ENERGY",
        ),
        case(
            "issuer-name",
            "fr",
            "MINISTÈRE DE LA SANTÉ\nDIRECTION DES ÉTABLISSEMENTS HOSPITALIERS\nDOSSIER D'APPEL D'OFFRES\nACQUISITION DE LITS MÉDICALISÉS\nDate limite : 3 juillet 2027.\n",
            "ACQUISITION DE LITS MÉDICALISÉS",
            "MINISTÈRE DE LA SANTÉ",
        ),
        case(
            "issuer-name",
            "es",
            "MINISTERIO DE EDUCACIÓN\nDIRECCIÓN GENERAL DE INFRAESTRUCTURA ESCOLAR\nLICITACIÓN PÚBLICA\nADQUISICIÓN DE MOBILIARIO ESCOLAR\nFecha límite: 3 de julio de 2027.\n",
            "ADQUISICIÓN DE MOBILIARIO ESCOLAR",
            "MINISTERIO DE EDUCACIÓN",
        ),
        case(
            "issuer-name",
            "pt",
            "MINISTÉRIO DA AGRICULTURA\nDIREÇÃO REGIONAL DE AGRICULTURA DO NORTE\nEDITAL\nAQUISIÇÃO DE EQUIPAMENTO DE REGA\nPrazo: 3 de julho de 2027.\n",
            "AQUISIÇÃO DE EQUIPAMENTO DE REGA",
            "MINISTÉRIO DA AGRICULTURA",
        ),
        case(
            "issuer-name",
            "it",
            "MINISTERO DELLA CULTURA\nDIREZIONE REGIONALE MUSEI\nBANDO DI GARA\nSERVIZIO DI VIGILANZA DEI SITI ARCHEOLOGICI\nScadenza: 3 luglio 2027.\n",
            "SERVIZIO DI VIGILANZA DEI SITI ARCHEOLOGICI",
            "MINISTERO DELLA CULTURA",
        ),
        case(
            "issuer-name",
            "de",
            "BUNDESMINISTERIUM FÜR VERKEHR\nREFERAT STRASSENBAU\nAUSSCHREIBUNG\nLÄRMSCHUTZWAND AN DER BUNDESSTRASSE 12\nFrist: 3. Juli 2027.\n",
            "LÄRMSCHUTZWAND AN DER BUNDESSTRASSE 12",
            "BUNDESMINISTERIUM FÜR VERKEHR",
        ),
    ]);
}

#[test]
fn a_place_in_the_scope_is_not_the_issuer() {
    check(&[
        case(
            "place",
            "en",
            "Call for Proposals\nYouth Livelihoods in Coastal Districts\nThe activities take place in Kilifi County and Kwale County. The Coastal Youth Network invites local partners to apply; the Coastal Youth Network will sign the grant agreements.\n",
            "Youth Livelihoods in Coastal Districts",
            "Coastal Youth Network",
        ),
        case(
            "place",
            "fr",
            "Appel à projets\nInsertion des jeunes dans les quartiers prioritaires\nLes actions se déroulent dans la Région des Savanes. L'Association Jeunesse Avenir lance cet appel ; l'Association Jeunesse Avenir signera les conventions.\n",
            "Insertion des jeunes dans les quartiers prioritaires",
            "Association Jeunesse Avenir",
        ),
        case(
            "place",
            "es",
            "Convocatoria de subvenciones\nEmpleo juvenil en zonas rurales\nLas actividades se desarrollan en la Provincia de Soria. La Fundación Raíces Vivas abre esta convocatoria; la Fundación Raíces Vivas firmará los convenios.\n",
            "Empleo juvenil en zonas rurales",
            "Fundación Raíces Vivas",
        ),
        case(
            "place",
            "pt",
            "Chamada pública\nEmprego jovem em zonas rurais\nAs atividades decorrem no Município de Mértola. A Associação Terra Viva lança esta chamada; a Associação Terra Viva assinará os contratos.\n",
            "Emprego jovem em zonas rurais",
            "Associação Terra Viva",
        ),
        case(
            "place",
            "it",
            "Avviso pubblico\nOccupazione giovanile nelle aree interne\nLe attività si svolgono nella Provincia di Rieti. La Fondazione Terre Alte promuove questo avviso; la Fondazione Terre Alte firmerà le convenzioni.\n",
            "Occupazione giovanile nelle aree interne",
            "Fondazione Terre Alte",
        ),
        case(
            "place",
            "de",
            "Ausschreibung\nJugendbeschäftigung im ländlichen Raum\nDie Maßnahmen finden im Landkreis Görlitz statt. Die Stiftung Junge Zukunft schreibt das Programm aus; die Stiftung Junge Zukunft schließt die Verträge.\n",
            "Jugendbeschäftigung im ländlichen Raum",
            "Stiftung Junge Zukunft",
        ),
    ]);
}

#[test]
fn a_funder_ministry_or_tax_authority_in_passing_is_not_the_issuer() {
    check(&[
        case(
            "passing",
            "en",
            "Funded by the European Union\nRequest for Proposals\nSolar Mini-Grids for Rural Health Centres\nBidders must hold a tax compliance certificate from the National Revenue Authority. In line with the policy of the Ministry of Energy, the Sunrise Energy Foundation invites proposals; the Sunrise Energy Foundation will evaluate them.\n",
            "Solar Mini-Grids for Rural Health Centres",
            "Sunrise Energy Foundation",
        ),
        case(
            "passing",
            "fr",
            "Financé par l'Union européenne\nAppel d'offres\nMini-réseaux solaires pour les centres de santé\nLe soumissionnaire fournit une attestation de la Direction Générale des Impôts. Conformément à la politique du Ministère de l'Énergie, la Fondation Soleil Levant lance cet appel ; la Fondation Soleil Levant évaluera les offres.\n",
            "Mini-réseaux solaires pour les centres de santé",
            "Fondation Soleil Levant",
        ),
        case(
            "passing",
            "es",
            "Financiado por la Unión Europea\nLicitación\nMinirredes solares para centros de salud rurales\nLos licitadores aportarán un certificado de la Agencia Tributaria. De acuerdo con la política del Ministerio de Energía, la Fundación Sol Naciente convoca esta licitación; la Fundación Sol Naciente evaluará las ofertas.\n",
            "Minirredes solares para centros de salud rurales",
            "Fundación Sol Naciente",
        ),
        case(
            "passing",
            "pt",
            "Financiado pela União Europeia\nEdital\nMini-redes solares para centros de saúde rurais\nOs concorrentes apresentam uma certidão da Autoridade Tributária. De acordo com a política do Ministério da Energia, a Fundação Sol Nascente lança este procedimento; a Fundação Sol Nascente avaliará as propostas.\n",
            "Mini-redes solares para centros de saúde rurais",
            "Fundação Sol Nascente",
        ),
        case(
            "passing",
            "it",
            "Finanziato dall'Unione europea\nBando di gara\nMini-reti solari per i presidi sanitari rurali\nI concorrenti presentano un certificato dell'Agenzia delle Entrate. In linea con la politica del Ministero dell'Energia, la Fondazione Sole Nascente indice questa gara; la Fondazione Sole Nascente valuterà le offerte.\n",
            "Mini-reti solari per i presidi sanitari rurali",
            "Fondazione Sole Nascente",
        ),
        case(
            "passing",
            "de",
            "Gefördert durch die Europäische Union\nAusschreibung\nSolare Inselnetze für ländliche Gesundheitszentren\nDie Bieter legen eine Bescheinigung des Finanzamts vor. Im Einklang mit der Politik des Bundesministeriums für Energie schreibt die Stiftung Morgensonne diesen Auftrag aus; die Stiftung Morgensonne bewertet die Angebote.\n",
            "Solare Inselnetze für ländliche Gesundheitszentren",
            "Stiftung Morgensonne",
        ),
    ]);
}

#[test]
fn an_address_line_is_not_the_issuer() {
    check(&[
        case(
            "address",
            "en",
            "HEAD OFFICE\nPlot 14, Kenyatta Avenue, P.O. Box 3321\nCoastal Water Services Board\nInvitation to Tender\nConstruction of Elevated Water Tanks\n",
            "Construction of Elevated Water Tanks",
            "Coastal Water Services Board",
        ),
        case(
            "address",
            "fr",
            "SIÈGE SOCIAL\n12 rue des Tanneurs, 69002 Lyon\nSyndicat Intercommunal des Eaux du Rhône\nAppel d'offres\nConstruction de réservoirs surélevés\n",
            "Construction de réservoirs surélevés",
            "Syndicat Intercommunal des Eaux du Rhône",
        ),
        case(
            "address",
            "es",
            "DOMICILIO SOCIAL\nCalle Mayor 12, 28013 Madrid\nConsorcio de Aguas del Tajo\nLicitación\nConstrucción de depósitos elevados\n",
            "Construcción de depósitos elevados",
            "Consorcio de Aguas del Tajo",
        ),
        case(
            "address",
            "pt",
            "SEDE\nRua Augusta 10, 1100-053 Lisboa\nAgência Portuguesa de Águas do Sul\nEdital\nConstrução de reservatórios elevados\n",
            "Construção de reservatórios elevados",
            "Agência Portuguesa de Águas do Sul",
        ),
        case(
            "address",
            "it",
            "SEDE LEGALE\nVia Roma 1, 00100 Roma\nConsorzio Acque del Tevere\nBando di gara\nCostruzione di serbatoi pensili\n",
            "Costruzione di serbatoi pensili",
            "Consorzio Acque del Tevere",
        ),
        case(
            "address",
            "de",
            "HAUPTSITZ\nPlatz der Einheit 1, 14467 Potsdam\nZweckverband Wasser Havelland\nAusschreibung\nBau von Hochbehältern\n",
            "Bau von Hochbehältern",
            "Zweckverband Wasser Havelland",
        ),
    ]);
}

#[test]
fn the_tail_of_the_title_is_not_the_issuer() {
    check(&[
        case(
            "title-tail",
            "en",
            "Request for Proposals\nIndependent Audit of the Lakeside Youth Sports Association\nThe Regional Sports Council invites audit firms to submit proposals. The Regional Sports Council will select one firm.\n",
            "Independent Audit of the Lakeside Youth Sports Association",
            "Regional Sports Council",
        ),
        case(
            "title-tail",
            "fr",
            "Termes de référence\nAudit des comptes de l'Association des Parents d'Élèves\nLe Conseil Régional des Sports invite les cabinets à soumettre une offre. Le Conseil Régional des Sports retiendra un cabinet.\n",
            "Audit des comptes de l'Association des Parents d'Élèves",
            "Conseil Régional des Sports",
        ),
        case(
            "title-tail",
            "es",
            "Licitación\nAuditoría de cuentas de la Asociación de Vecinos del Ensanche\nLa Fundación Deporte Activo invita a las firmas auditoras a presentar ofertas. La Fundación Deporte Activo seleccionará una firma.\n",
            "Auditoría de cuentas de la Asociación de Vecinos del Ensanche",
            "Fundación Deporte Activo",
        ),
        case(
            "title-tail",
            "pt",
            "Edital\nAuditoria às contas da Associação de Moradores do Bairro Alto\nA Fundação Desporto Ativo convida as sociedades de auditoria a apresentar propostas. A Fundação Desporto Ativo selecionará uma sociedade.\n",
            "Auditoria às contas da Associação de Moradores do Bairro Alto",
            "Fundação Desporto Ativo",
        ),
        case(
            "title-tail",
            "it",
            "Avviso pubblico\nRevisione dei conti dell'Associazione Genitori della Scuola Verdi\nLa Fondazione Sport Attivo invita le società di revisione a presentare offerte. La Fondazione Sport Attivo selezionerà una società.\n",
            "Revisione dei conti dell'Associazione Genitori della Scuola Verdi",
            "Fondazione Sport Attivo",
        ),
        case(
            "title-tail",
            "de",
            "Ausschreibung\nPrüfung der Jahresabschlüsse des Fördervereins der Grundschule Nord\nDie Stiftung Aktiver Sport fordert Prüfungsgesellschaften zur Abgabe von Angeboten auf. Die Stiftung Aktiver Sport wählt eine Gesellschaft aus.\n",
            "Prüfung der Jahresabschlüsse des Fördervereins der Grundschule Nord",
            "Stiftung Aktiver Sport",
        ),
    ]);
}

#[test]
fn a_partner_institution_is_not_the_issuer() {
    check(&[
        case(
            "partner",
            "en",
            "Call for Applications\nClimate Adaptation Fellowships 2027\nIn partnership with the University of Eastmoor and the National Meteorological Agency, the Green Valley Foundation offers ten fellowships. Applications are reviewed by the Green Valley Foundation.\n",
            "Climate Adaptation Fellowships 2027",
            "Green Valley Foundation",
        ),
        case(
            "partner",
            "fr",
            "Appel à candidatures\nBourses pour l'adaptation climatique 2027\nEn partenariat avec l'Université de Bordeaux et l'Agence Nationale de Météorologie, la Fondation Vallée Verte offre dix bourses. Les dossiers sont examinés par la Fondation Vallée Verte.\n",
            "Bourses pour l'adaptation climatique 2027",
            "Fondation Vallée Verte",
        ),
        case(
            "partner",
            "es",
            "Convocatoria\nBecas de adaptación climática 2027\nEn colaboración con la Universidad de Salamanca y la Agencia Nacional de Meteorología, la Fundación Valle Verde ofrece diez becas. Las solicitudes son evaluadas por la Fundación Valle Verde.\n",
            "Becas de adaptación climática 2027",
            "Fundación Valle Verde",
        ),
        case(
            "partner",
            "pt",
            "Chamada pública\nBolsas de adaptação climática 2027\nEm parceria com a Universidade de Coimbra e o Instituto Nacional de Meteorologia, a Fundação Vale Verde oferece dez bolsas. As candidaturas são avaliadas pela Fundação Vale Verde.\n",
            "Bolsas de adaptação climática 2027",
            "Fundação Vale Verde",
        ),
        case(
            "partner",
            "it",
            "Avviso pubblico\nBorse per l'adattamento climatico 2027\nIn collaborazione con l'Università di Padova e l'Agenzia Nazionale di Meteorologia, la Fondazione Valle Verde offre dieci borse. Le domande sono valutate dalla Fondazione Valle Verde.\n",
            "Borse per l'adattamento climatico 2027",
            "Fondazione Valle Verde",
        ),
        case(
            "partner",
            "de",
            "Ausschreibung\nStipendien für Klimaanpassung 2027\nIn Zusammenarbeit mit der Universität Leipzig und dem Deutschen Wetterdienst vergibt die Stiftung Grünes Tal zehn Stipendien. Die Anträge prüft die Stiftung Grünes Tal.\n",
            "Stipendien für Klimaanpassung 2027",
            "Stiftung Grünes Tal",
        ),
    ]);
}

#[test]
fn markup_is_not_part_of_the_issuer() {
    check(&[
        case(
            "markup",
            "en",
            "Ministry of Health<br>\nRequest for Quotation\nCold Chain Equipment for District Stores\n",
            "Cold Chain Equipment for District Stores",
            "Ministry of Health",
        ),
        case(
            "markup",
            "fr",
            "<b>Ministère de la Santé</b>\nDemande de cotation\n<h1>Équipements de chaîne du froid</h1>\n",
            "Équipements de chaîne du froid",
            "Ministère de la Santé",
        ),
        case(
            "markup",
            "es",
            "**Ministerio de Salud**\nSolicitud de cotización\n# Equipos de cadena de frío\n",
            "Equipos de cadena de frío",
            "Ministerio de Salud",
        ),
        case(
            "markup",
            "pt",
            "<p>Ministério da Saúde</p>\nPedido de cotação\n<h2>Equipamentos de cadeia de frio</h2>\n",
            "Equipamentos de cadeia de frio",
            "Ministério da Saúde",
        ),
        case(
            "markup",
            "it",
            "<strong>Ministero dell'Interno</strong><br/>\nRichiesta di offerta\n## Apparecchiature per la catena del freddo\n",
            "Apparecchiature per la catena del freddo",
            "Ministero dell'Interno",
        ),
        case(
            "markup",
            "it",
            "<p>Ministero della Salute</p>\nAvviso pubblico\nCampagna di vaccinazione antinfluenzale 2027\n",
            "Campagna di vaccinazione antinfluenzale 2027",
            "Ministero della Salute",
        ),
        case(
            "markup",
            "de",
            "<div>Bundesministerium für Gesundheit</div>\nPreisanfrage\n<h1>Kühlkettengeräte für Bezirkslager</h1>\n",
            "Kühlkettengeräte für Bezirkslager",
            "Bundesministerium für Gesundheit",
        ),
    ]);
}

#[test]
fn the_issuer_is_the_organisation_a_cue_names() {
    check(&[
        case(
            "cue",
            "en",
            "Terms of Reference\nBaseline Survey of Smallholder Dairy Farmers\nThe survey is financed by the Nordic Development Fund. This request is issued for and on behalf of the Highland Dairy Cooperative Union.\n",
            "Baseline Survey of Smallholder Dairy Farmers",
            "Highland Dairy Cooperative Union",
        ),
        case(
            "cue",
            "fr",
            "Termes de référence\nÉtude de référence sur les éleveurs laitiers\nL'étude est financée par l'Agence Française de Développement. La présente demande est émise par l'Union des Coopératives Laitières du Nord.\n",
            "Étude de référence sur les éleveurs laitiers",
            "Union des Coopératives Laitières du Nord",
        ),
        case(
            "cue",
            "fr",
            "Termes de référence\nÉvaluation finale du programme d'alphabétisation\nL'évaluation est financée par l'Union européenne. Le marché est passé au nom de l'Association Lire et Écrire.\n",
            "Évaluation finale du programme d'alphabétisation",
            "Association Lire et Écrire",
        ),
        case(
            "cue",
            "es",
            "Términos de referencia\nEstudio de línea de base de productores lecheros\nEl estudio está financiado por el Banco Interamericano de Desarrollo. La contratación se realiza en nombre de la Cooperativa Lechera del Norte.\n",
            "Estudio de línea de base de productores lecheros",
            "Cooperativa Lechera del Norte",
        ),
        case(
            "cue",
            "pt",
            "Termos de referência\nEstudo de base sobre produtores de leite\nO estudo é financiado pelo Banco Mundial. O procedimento é lançado em nome da Cooperativa Agrícola do Minho.\n",
            "Estudo de base sobre produtores de leite",
            "Cooperativa Agrícola do Minho",
        ),
        case(
            "cue",
            "it",
            "Termini di riferimento\nIndagine di base sui produttori di latte\nL'indagine è finanziata dalla Banca Europea per gli Investimenti. La procedura è gestita per conto del Consorzio Latterie Alpine.\n",
            "Indagine di base sui produttori di latte",
            "Consorzio Latterie Alpine",
        ),
        case(
            "cue",
            "de",
            "Leistungsbeschreibung\nBasiserhebung zu Milchviehbetrieben\nDie Erhebung wird von der Kreditanstalt für Wiederaufbau finanziert. Die Vergabe erfolgt im Auftrag der Molkereigenossenschaft Allgäu eG.\n",
            "Basiserhebung zu Milchviehbetrieben",
            "Molkereigenossenschaft Allgäu eG",
        ),
    ]);
}

#[test]
fn the_issuer_signs_the_letter() {
    check(&[
        case(
            "signature",
            "en",
            "Invitation to Quote\nSupply of Laboratory Glassware\nDear Sir or Madam,\nYou are invited to quote for the items listed below. Bidders must be registered with the Public Procurement Regulatory Authority.\nQuotations are due on 14 May 2027.\nYours faithfully,\nJane Achieng\nHead of Procurement\nKisumu Teaching and Referral Hospital\n",
            "Supply of Laboratory Glassware",
            "Kisumu Teaching and Referral Hospital",
        ),
        case(
            "signature",
            "fr",
            "Demande de cotation\nFourniture de verrerie de laboratoire\nMadame, Monsieur,\nVous êtes invité à coter les articles ci-dessous. Les offres sont dues le 14 mai 2027.\nVeuillez agréer nos salutations distinguées.\nMarie Dubois\nResponsable des achats\nCentre Hospitalier Universitaire de Rouen\n",
            "Fourniture de verrerie de laboratoire",
            "Centre Hospitalier Universitaire de Rouen",
        ),
        case(
            "signature",
            "es",
            "Solicitud de cotización\nSuministro de material de vidrio para laboratorio\nEstimados señores:\nLes invitamos a cotizar los artículos indicados. Las ofertas vencen el 14 de mayo de 2027.\nAtentamente,\nLucía Gómez\nJefa de Compras\nHospital Universitario de Valdecilla\n",
            "Suministro de material de vidrio para laboratorio",
            "Hospital Universitario de Valdecilla",
        ),
        case(
            "signature",
            "pt",
            "Pedido de cotação\nFornecimento de material de vidro para laboratório\nExmos. Senhores,\nConvidamos V. Exas. a apresentar cotação para os artigos abaixo. As propostas devem ser entregues até 14 de maio de 2027.\nCom os melhores cumprimentos,\nAna Ferreira\nDiretora de Compras\nCentro Hospitalar Universitário de São João\n",
            "Fornecimento de material de vidro para laboratório",
            "Centro Hospitalar Universitário de São João",
        ),
        case(
            "signature",
            "it",
            "Richiesta di preventivo\nFornitura di vetreria da laboratorio\nGentili Signori,\nvi invitiamo a presentare un preventivo per gli articoli elencati. Le offerte scadono il 14 maggio 2027.\nCordiali saluti,\nGiulia Bianchi\nResponsabile Acquisti\nAzienda Ospedaliera Universitaria di Parma\n",
            "Fornitura di vetreria da laboratorio",
            "Azienda Ospedaliera Universitaria di Parma",
        ),
        case(
            "signature",
            "de",
            "Preisanfrage\nLieferung von Laborglas\nSehr geehrte Damen und Herren,\nwir bitten um Ihr Angebot für die unten genannten Artikel. Angebote sind bis zum 14. Mai 2027 einzureichen.\nMit freundlichen Grüßen\nAnna Schmidt\nLeiterin Einkauf\nUniversitätsklinikum Heidelberg\n",
            "Lieferung von Laborglas",
            "Universitätsklinikum Heidelberg",
        ),
    ]);
}

#[test]
fn the_sender_of_the_e_mail_addresses_is_the_issuer() {
    check(&[
        case(
            "e-mail",
            "en",
            "Request for Proposals\nWebsite Redesign and Hosting\nThe Green Valley Foundation works with the Eastmoor Heritage Trust on this project. The Eastmoor Heritage Trust will host the site. The Green Valley Foundation will sign the contract.\nSend proposals to procurement@greenvalley.org by 2 June 2027.\n",
            "Website Redesign and Hosting",
            "Green Valley Foundation",
        ),
        case(
            "e-mail",
            "fr",
            "Appel d'offres\nRefonte et hébergement du site web\nLa Fondation Vallée Verte travaille avec l'Association Patrimoine Vivant sur ce projet. L'Association Patrimoine Vivant hébergera le site. La Fondation Vallée Verte signera le contrat.\nEnvoyez les offres à achats@fondation-valleeverte.fr avant le 2 juin 2027.\n",
            "Refonte et hébergement du site web",
            "Fondation Vallée Verte",
        ),
        case(
            "e-mail",
            "es",
            "Licitación\nRediseño y alojamiento del sitio web\nLa Fundación Valle Verde colabora con la Asociación Patrimonio Vivo en este proyecto. La Asociación Patrimonio Vivo alojará el sitio. La Fundación Valle Verde firmará el contrato.\nEnvíe las ofertas a compras@fundacionvalleverde.es antes del 2 de junio de 2027.\n",
            "Rediseño y alojamiento del sitio web",
            "Fundación Valle Verde",
        ),
        case(
            "e-mail",
            "pt",
            "Edital\nReformulação e alojamento do sítio web\nA Fundação Vale Verde colabora com a Associação Património Vivo neste projeto. A Associação Património Vivo alojará o sítio. A Fundação Vale Verde assinará o contrato.\nEnvie as propostas para compras@fundacaovaleverde.pt até 2 de junho de 2027.\n",
            "Reformulação e alojamento do sítio web",
            "Fundação Vale Verde",
        ),
        case(
            "e-mail",
            "it",
            "Avviso pubblico\nRiprogettazione e hosting del sito web\nLa Fondazione Valle Verde collabora con l'Associazione Patrimonio Vivo a questo progetto. L'Associazione Patrimonio Vivo ospiterà il sito. La Fondazione Valle Verde firmerà il contratto.\nInviare le offerte a acquisti@fondazionevalleverde.it entro il 2 giugno 2027.\n",
            "Riprogettazione e hosting del sito web",
            "Fondazione Valle Verde",
        ),
        case(
            "e-mail",
            "de",
            "Ausschreibung\nNeugestaltung und Hosting der Website\nDie Stiftung Grünes Tal arbeitet bei diesem Projekt mit dem Verein Lebendiges Erbe zusammen. Der Verein Lebendiges Erbe betreibt die Website. Die Stiftung Grünes Tal unterzeichnet den Vertrag.\nAngebote an einkauf@stiftung-gruenes-tal.de bis zum 2. Juni 2027.\n",
            "Neugestaltung und Hosting der Website",
            "Stiftung Grünes Tal",
        ),
    ]);
}

#[test]
fn the_letterhead_is_the_issuer() {
    check(&[
        case(
            "letterhead",
            "en",
            "Riverside University Hospital\nProcurement Unit\nRequest for Quotation\nMaintenance of Medical Gas Systems\nThe hospital invites quotations from qualified firms.\n",
            "Maintenance of Medical Gas Systems",
            "Riverside University Hospital",
        ),
        case(
            "letterhead",
            "fr",
            "Université de Montagne-Haute\nService des marchés\nAppel d'offres\nMaintenance des réseaux de gaz médicaux\nL'Université invite les entreprises qualifiées à remettre une offre.\n",
            "Maintenance des réseaux de gaz médicaux",
            "Université de Montagne-Haute",
        ),
        case(
            "letterhead",
            "es",
            "Universidad de Tierra Alta\nServicio de Contratación\nLicitación\nMantenimiento de las redes de gases medicinales\nLa Universidad invita a las empresas cualificadas a presentar ofertas.\n",
            "Mantenimiento de las redes de gases medicinales",
            "Universidad de Tierra Alta",
        ),
        case(
            "letterhead",
            "pt",
            "Universidade de Serra Alta\nServiço de Compras\nEdital\nManutenção das redes de gases medicinais\nA Universidade convida as empresas qualificadas a apresentar propostas.\n",
            "Manutenção das redes de gases medicinais",
            "Universidade de Serra Alta",
        ),
        case(
            "letterhead",
            "it",
            "Università di Monte Alto\nUfficio Gare\nBando di gara\nManutenzione degli impianti di gas medicali\nL'Università invita le imprese qualificate a presentare offerta.\n",
            "Manutenzione degli impianti di gas medicali",
            "Università di Monte Alto",
        ),
        case(
            "letterhead",
            "de",
            "Hochschule Bergland\nZentrale Vergabestelle\nAusschreibung\nWartung der medizinischen Gasanlagen\nDie Hochschule fordert fachkundige Unternehmen zur Abgabe eines Angebots auf.\n",
            "Wartung der medizinischen Gasanlagen",
            "Hochschule Bergland",
        ),
    ]);
}

#[test]
fn the_styled_title_and_the_properties_converge() {
    let cases = [
        Case {
            shape: "styled",
            lang: "en",
            pages: vec!["Lakeside Water Authority\nProcurement Notice\nAnnual Report 2026\nLeak Detection Services for the Western Network\n1. Background\n".to_owned()],
            hints: vec![
                (
                    HintKind::Title,
                    "Leak Detection Services for the Western Network",
                ),
                (HintKind::MetaCompany, "Lakeside Water Authority"),
            ],
            title: "Leak Detection Services for the Western Network",
            issuer: "Lakeside Water Authority",
        },
        Case {
            shape: "styled",
            lang: "de",
            pages: vec!["Landkreis Oberfelden\nAmt für Schulen\nDigitalisierung der Kreisschulen 2027\nEinleitung\n".to_owned()],
            hints: vec![
                (HintKind::Heading1, "Digitalisierung der Kreisschulen 2027"),
                (HintKind::MetaAuthor, "Landkreis Oberfelden"),
            ],
            title: "Digitalisierung der Kreisschulen 2027",
            issuer: "Landkreis Oberfelden",
        },
    ];
    check(&cases);
}

#[test]
fn a_name_written_once_deep_in_the_text_is_no_issuer_unless_the_text_defines_it() {
    let filler = "The answer is given below in full.\n".repeat(70);
    let cases = [
        (
            format!(
                "Bidders' questions, part 2\n{filler}Budget ranges are published elsewhere, see the tender of the\nStadt Eichenau/Havel:\nhttps://example.org/notice/123\n"
            ),
            None,
        ),
        (
            format!(
                "Tender No 4/2027\n{filler}This tender is launched by the Ministry of Ports, Shipping & Logistics (hereafter referred to as the Ministry).\nThe Ministry shall open the bids.\n"
            ),
            Some("Ministry of Ports"),
        ),
    ];
    for (text, want) in cases {
        let a = analyze_document(&[text.as_str()], &Layout::new(), &StopFlag::default()).unwrap();
        let issuer = a["extracted_data"]["issuer"]["value"].as_str();
        assert_eq!(issuer, want, "{}", &text[..40]);
    }
}
