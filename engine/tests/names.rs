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

/// A letter whose body runs past the top lines, its signature block at the end.
fn long_letter(top: &str, tail: &str) -> String {
    format!(
        "{top}{}{tail}",
        "The works are described in the annex to this letter.\n".repeat(80)
    )
}

#[test]
fn the_signature_block_at_the_end_names_the_issuer_on_the_line_after_its_cue() {
    let en = long_letter(
        "Invitation to Quote\nSupply of Office Furniture\nYou are invited to quote.\n",
        "For and on behalf of\nLakeside Water Authority\nJohn Mwangi\nProcurement Officer\n",
    );
    let fr = long_letter(
        "Demande de cotation\nFourniture de mobilier de bureau\nVous êtes invité à coter.\n",
        "Pour le compte de\nl'Agence de l'Eau du Bassin Vert\nJean Martin\nResponsable des achats\n",
    );
    let es = long_letter(
        "Solicitud de cotización\nSuministro de mobiliario de oficina\nLe invitamos a cotizar.\n",
        "Por cuenta de\nConsorcio de Aguas del Norte\nLucía Gómez\nJefa de Compras\n",
    );
    let it = long_letter(
        "Richiesta di preventivo\nFornitura di arredi per ufficio\nVi invitiamo a presentare un preventivo.\n",
        "Per conto di\nConsorzio di Bonifica Valle Alta\nGiulia Bianchi\nResponsabile Acquisti\n",
    );
    let de = long_letter(
        "Preisanfrage\nLieferung von Büromöbeln\nWir bitten um Ihr Angebot.\n",
        "Im Auftrag von\nZweckverband Wasser Nordheide\nAnna Schmidt\nLeiterin Einkauf\n",
    );
    let pt = long_letter(
        "Pedido de cotação\nFornecimento de mobiliário de escritório\nConvidamos a apresentar cotação.\n",
        "Em nome de\nServiços Municipalizados de Água de Vale Verde\nAna Ferreira\nDiretora de Compras\n",
    );
    check(&[
        case(
            "sig-end",
            "en",
            &en,
            "Supply of Office Furniture",
            "Lakeside Water Authority",
        ),
        case(
            "sig-end",
            "fr",
            &fr,
            "Fourniture de mobilier de bureau",
            "Agence de l'Eau du Bassin Vert",
        ),
        case(
            "sig-end",
            "es",
            &es,
            "Suministro de mobiliario de oficina",
            "Consorcio de Aguas del Norte",
        ),
        case(
            "sig-end",
            "it",
            &it,
            "Fornitura di arredi per ufficio",
            "Consorzio di Bonifica Valle Alta",
        ),
        case(
            "sig-end",
            "de",
            &de,
            "Lieferung von Büromöbeln",
            "Zweckverband Wasser Nordheide",
        ),
        case(
            "sig-end",
            "pt",
            &pt,
            "Fornecimento de mobiliário de escritório",
            "Serviços Municipalizados de Água de Vale Verde",
        ),
    ]);
}

#[test]
fn an_address_after_the_letterheads_name_is_not_part_of_the_issuer() {
    check(&[
        case(
            "addr-tail",
            "en",
            "Ministry of Water, P.O. Box 30521, Nairobi\nRequest for Proposals\nDesign of Rural Water Schemes\nThe Ministry invites proposals.\n",
            "Design of Rural Water Schemes",
            "Ministry of Water",
        ),
        case(
            "addr-tail",
            "fr",
            "Mairie de Belleville, 12 rue de la Paix, 69000 Belleville\nAvis d'appel public à la concurrence\nEntretien des espaces verts communaux\nLa Mairie lance une consultation.\n",
            "Entretien des espaces verts communaux",
            "Mairie de Belleville",
        ),
        case(
            "addr-tail",
            "es",
            "Ayuntamiento de Villaverde, Plaza Mayor 1, 28001 Villaverde\nAnuncio de licitación\nServicio de limpieza de edificios municipales\nEl Ayuntamiento convoca la licitación.\n",
            "Servicio de limpieza de edificios municipales",
            "Ayuntamiento de Villaverde",
        ),
        case(
            "addr-tail",
            "it",
            "Comune di Valdoro, Piazza Garibaldi 3, 20100 Valdoro\nAvviso pubblico\nServizio di pulizia degli edifici comunali\nIl Comune indice la procedura.\n",
            "Servizio di pulizia degli edifici comunali",
            "Comune di Valdoro",
        ),
        case(
            "addr-tail",
            "de",
            "Stadtverwaltung Lindenau, Marktplatz 1, 04420 Lindenau\nAusschreibung\nReinigung der städtischen Gebäude\nDie Stadt fordert zur Angebotsabgabe auf.\n",
            "Reinigung der städtischen Gebäude",
            "Stadtverwaltung Lindenau",
        ),
        case(
            "addr-tail",
            "pt",
            "Câmara Municipal de Vila Serena, Praça do Município 1, 4000-123 Vila Serena\nEdital\nLimpeza dos edifícios municipais\nA Câmara abre o concurso.\n",
            "Limpeza dos edifícios municipais",
            "Câmara Municipal de Vila Serena",
        ),
    ]);
}

#[test]
fn a_short_name_used_throughout_is_the_issuer_when_no_full_name_is_written() {
    let en = "Questions and answers, part 1\n1. Is the budget inclusive of VAT?\nAnswer: Yes. The budget set by the NWSA covers all taxes.\n2. May we use subcontractors?\nAnswer: Yes, if the NWSA approves them in writing.\n3. Where is the kick-off meeting?\nAnswer: At the NWSA offices in Lakeside.\n";
    let fr = "Questions et réponses, partie 1\n1. Le budget est-il TTC ?\nRéponse : Oui. Le budget fixé par la Commission couvre toutes les taxes.\n2. La sous-traitance est-elle admise ?\nRéponse : Oui, si la Commission l'accepte par écrit.\n3. Où a lieu la réunion de lancement ?\nRéponse : Dans les locaux de la Commission à Bruxelles.\n";
    let it = "Domande e risposte, parte 1\n1. Il budget è comprensivo di IVA?\nRisposta: Sì. Il budget fissato dalla Commissione comprende tutte le imposte.\n2. È ammesso il subappalto?\nRisposta: Sì, se la Commissione lo autorizza per iscritto.\n3. Dove si tiene la riunione di avvio?\nRisposta: Presso la sede della Commissione a Roma.\n";
    let de = "Bieterfragen Teil 2\n1. Ist das Budget brutto?\nAntwort: Ja. Das von der HWK festgelegte Budget ist brutto.\n2. Sind Unterauftragnehmer zulässig?\nAntwort: Ja, wenn die HWK zustimmt.\n3. Wo findet das Auftaktgespräch statt?\nAntwort: In den Räumen der HWK in Lindenau.\n";
    let es = "Preguntas y respuestas, parte 1\n1. ¿El presupuesto incluye IVA?\nRespuesta: Sí. El presupuesto fijado por la Diputación incluye todos los impuestos.\n2. ¿Se admite la subcontratación?\nRespuesta: Sí, si la Diputación la autoriza por escrito.\n3. ¿Dónde es la reunión inicial?\nRespuesta: En la sede de la Diputación en Almena.\n";
    let pt = "Perguntas e respostas, parte 1\n1. O orçamento inclui IVA?\nResposta: Sim. O orçamento fixado pela Câmara inclui todos os impostos.\n2. A subcontratação é admitida?\nResposta: Sim, se a Câmara a autorizar por escrito.\n3. Onde decorre a reunião inicial?\nResposta: Nas instalações da Câmara em Vila Serena.\n";
    check(&[
        case("short", "en", en, "Questions and answers, part 1", "NWSA"),
        case(
            "short",
            "fr",
            fr,
            "Questions et réponses, partie 1",
            "Commission",
        ),
        case(
            "short",
            "it",
            it,
            "Domande e risposte, parte 1",
            "Commissione",
        ),
        case("short", "de", de, "Bieterfragen Teil 2", "HWK"),
        case(
            "short",
            "es",
            es,
            "Preguntas y respuestas, parte 1",
            "Diputación",
        ),
        case(
            "short",
            "pt",
            pt,
            "Perguntas e respostas, parte 1",
            "Câmara",
        ),
    ]);
}

#[test]
fn a_page_number_run_into_the_title_line_is_not_part_of_the_title() {
    check(&[
        case(
            "footer",
            "en",
            "Lakeside Water Authority\nRequest for Proposals\nLeak Detection Services Page 1 of 14\n1. Background\n",
            "Leak Detection Services",
            "Lakeside Water Authority",
        ),
        case(
            "footer",
            "fr",
            "Agence de l'Eau du Bassin Vert\nAppel d'offres\nDétection des fuites du réseau Page 1 sur 14\n1. Contexte\n",
            "Détection des fuites du réseau",
            "Agence de l'Eau du Bassin Vert",
        ),
        case(
            "footer",
            "es",
            "Consorcio de Aguas del Norte\nLicitación\nDetección de fugas en la red Página 1 de 14\n1. Antecedentes\n",
            "Detección de fugas en la red",
            "Consorcio de Aguas del Norte",
        ),
        case(
            "footer",
            "it",
            "Consorzio di Bonifica Valle Alta\nAvviso pubblico\nRicerca perdite nella rete idrica Pagina 1 di 14\n1. Premessa\n",
            "Ricerca perdite nella rete idrica",
            "Consorzio di Bonifica Valle Alta",
        ),
        case(
            "footer",
            "de",
            "Zweckverband Wasser Nordheide\nAusschreibung\nLeckortung im Trinkwassernetz Seite 1 von 14\n1. Einleitung\n",
            "Leckortung im Trinkwassernetz",
            "Zweckverband Wasser Nordheide",
        ),
        case(
            "footer",
            "pt",
            "Serviços Municipalizados de Água de Vale Verde\nEdital\nDeteção de fugas na rede de água Página 1 de 14\n1. Enquadramento\n",
            "Deteção de fugas na rede de água",
            "Serviços Municipalizados de Água de Vale Verde",
        ),
    ]);
}

#[test]
fn a_partner_institution_beside_the_issuer_and_a_place_in_the_scope_are_not_the_issuer() {
    check(&[
        case(
            "partner",
            "en",
            "Call for Proposals\nCommunity Radio for Youth Voices\nThe Coastal Media Trust, in partnership with the University of Mombasa, invites proposals from radio stations in Kilifi County. The Coastal Media Trust will sign the grants.\n",
            "Community Radio for Youth Voices",
            "Coastal Media Trust",
        ),
        case(
            "partner",
            "fr",
            "Appel à projets\nRadios communautaires pour la jeunesse\nL'Association Médias Côtiers, en partenariat avec l'Université de Dakar, lance un appel aux radios de la Région de Thiès. L'Association Médias Côtiers signera les conventions.\n",
            "Radios communautaires pour la jeunesse",
            "Association Médias Côtiers",
        ),
        case(
            "partner",
            "es",
            "Convocatoria\nRadios comunitarias para la juventud\nLa Fundación Medios Costeros, en colaboración con la Universidad de Cádiz, convoca a las radios de la Provincia de Huelva. La Fundación Medios Costeros firmará los convenios.\n",
            "Radios comunitarias para la juventud",
            "Fundación Medios Costeros",
        ),
        case(
            "partner",
            "it",
            "Avviso pubblico\nRadio comunitarie per i giovani\nLa Fondazione Media Costieri, in collaborazione con l'Università di Bari, invita le radio della Provincia di Lecce. La Fondazione Media Costieri firmerà le convenzioni.\n",
            "Radio comunitarie per i giovani",
            "Fondazione Media Costieri",
        ),
        case(
            "partner",
            "de",
            "Förderaufruf\nBürgerradios für junge Stimmen\nDie Stiftung Küstenmedien ruft in Kooperation mit der Universität Rostock die Radios im Landkreis Vorpommern auf. Die Stiftung Küstenmedien unterzeichnet die Verträge.\n",
            "Bürgerradios für junge Stimmen",
            "Stiftung Küstenmedien",
        ),
        case(
            "partner",
            "pt",
            "Aviso de abertura de candidaturas\nRádios comunitárias para a juventude\nA Fundação Media Costeira, em parceria com a Universidade do Algarve, convida as rádios do Distrito de Faro. A Fundação Media Costeira assinará os contratos.\n",
            "Rádios comunitárias para a juventude",
            "Fundação Media Costeira",
        ),
    ]);
}

/// A web page: its text, its top heading (a breadcrumb trail) and its `<title>`.
fn web_page(
    lang: &'static str,
    text: &str,
    trail: &'static str,
    page_title: &'static str,
    issuer: &'static str,
) -> Case {
    Case {
        shape: "breadcrumb",
        lang,
        pages: vec![text.to_owned()],
        hints: vec![
            (HintKind::Heading1, trail),
            (HintKind::MetaTitle, page_title),
        ],
        title: page_title,
        issuer,
    }
}

#[test]
fn a_breadcrumb_heading_is_not_the_title_the_page_title_that_ends_with_it_is() {
    check(&[
        web_page(
            "en",
            "Grants -> Open calls\nThe Harbour Arts Foundation funds community theatre. Proposals are due on 3 May 2027. The Harbour Arts Foundation will publish the results.\n",
            "Grants -> Open calls",
            "Harbour Arts Portal - Grants - Open calls",
            "Harbour Arts Foundation",
        ),
        web_page(
            "fr",
            "Subventions › Appels ouverts\nLa Fondation Arts du Port finance le théâtre amateur. Les dossiers sont attendus le 3 mai 2027. La Fondation Arts du Port publiera les résultats.\n",
            "Subventions › Appels ouverts",
            "Portail Arts du Port - Subventions - Appels ouverts",
            "Fondation Arts du Port",
        ),
        web_page(
            "es",
            "Ayudas -> Convocatorias abiertas\nLa Fundación Artes del Puerto financia el teatro aficionado. Las solicitudes vencen el 3 de mayo de 2027. La Fundación Artes del Puerto publicará los resultados.\n",
            "Ayudas -> Convocatorias abiertas",
            "Portal Artes del Puerto - Ayudas - Convocatorias abiertas",
            "Fundación Artes del Puerto",
        ),
        web_page(
            "it",
            "Contributi -> Bandi aperti\nLa Fondazione Arti del Porto finanzia il teatro amatoriale. Le domande scadono il 3 maggio 2027. La Fondazione Arti del Porto pubblicherà i risultati.\n",
            "Contributi -> Bandi aperti",
            "Portale Arti del Porto - Contributi - Bandi aperti",
            "Fondazione Arti del Porto",
        ),
        web_page(
            "de",
            "Förderung › Offene Aufrufe\nDie Stiftung Hafenkunst fördert das Amateurtheater. Anträge sind bis zum 3. Mai 2027 einzureichen. Die Stiftung Hafenkunst veröffentlicht die Ergebnisse.\n",
            "Förderung › Offene Aufrufe",
            "Portal Hafenkunst - Förderung - Offene Aufrufe",
            "Stiftung Hafenkunst",
        ),
        web_page(
            "pt",
            "Apoios -> Concursos abertos\nA Fundação Artes do Porto financia o teatro amador. As candidaturas terminam a 3 de maio de 2027. A Fundação Artes do Porto publicará os resultados.\n",
            "Apoios -> Concursos abertos",
            "Portal Artes do Porto - Apoios - Concursos abertos",
            "Fundação Artes do Porto",
        ),
    ]);
}

/// Institutions whose word also names what is bought (a museum, a library, a school)
/// and federations, chambers and societies: their letterhead is the issuer, and the
/// subject beneath it, which may name the same kind of place, is still the title.
#[test]
fn museums_libraries_schools_chambers_and_federations_head_their_calls() {
    check(&[
        case(
            "entity",
            "en",
            "Riverbend Tribal Council\nRequest for Proposals\nWebsite Redesign and Content Migration\nThe Riverbend Tribe invites proposals from web agencies.\n",
            "Website Redesign and Content Migration",
            "Riverbend Tribal Council",
        ),
        case(
            "entity",
            "en",
            "Northgate Public Library\nRequest for Proposals\nIntegrated Library System Replacement\nThe Library invites proposals.\n",
            "Integrated Library System Replacement",
            "Northgate Public Library",
        ),
        case(
            "entity",
            "en",
            "Lakeview School District\nInvitation for Bids\nCafeteria Equipment Replacement\nThe District invites bids.\n",
            "Cafeteria Equipment Replacement",
            "Lakeview School District",
        ),
        case(
            "entity",
            "fr",
            "Musée des Beaux-Arts de Valmont\nAppel d'offres\nRefonte du site internet et de la billetterie en ligne\nLe Musée lance une consultation.\n",
            "Refonte du site internet et de la billetterie en ligne",
            "Musée des Beaux-Arts de Valmont",
        ),
        case(
            "entity",
            "fr",
            "Chambre de Commerce et d'Industrie de Valmont\nAvis d'appel public à la concurrence\nOrganisation du salon de l'emploi 2027\nLa Chambre lance une consultation.\n",
            "Organisation du salon de l'emploi 2027",
            "Chambre de Commerce et d'Industrie de Valmont",
        ),
        case(
            "entity",
            "es",
            "Museo de Arte Contemporáneo de Almena\nAnuncio de licitación\nRediseño de la web y venta de entradas en línea\nEl Museo convoca la licitación.\n",
            "Rediseño de la web y venta de entradas en línea",
            "Museo de Arte Contemporáneo de Almena",
        ),
        case(
            "entity",
            "es",
            "Cámara de Comercio de Almena\nLicitación\nOrganización de la feria de empleo 2027\nLa Cámara convoca la licitación.\n",
            "Organización de la feria de empleo 2027",
            "Cámara de Comercio de Almena",
        ),
        case(
            "entity",
            "it",
            "Museo Civico di Valdoro\nAvviso pubblico\nRifacimento del sito web e biglietteria online\nIl Museo indice la procedura.\n",
            "Rifacimento del sito web e biglietteria online",
            "Museo Civico di Valdoro",
        ),
        case(
            "entity",
            "it",
            "Camera di Commercio di Valdoro\nAvviso pubblico\nOrganizzazione della fiera del lavoro 2027\nLa Camera indice la procedura.\n",
            "Organizzazione della fiera del lavoro 2027",
            "Camera di Commercio di Valdoro",
        ),
        case(
            "entity",
            "de",
            "Stiftung Schloss Lindenau\nAufforderung zur Abgabe eines Angebots\nRelaunch der Website und des Online-Ticketings\nDie Stiftung fordert zur Angebotsabgabe auf.\n",
            "Relaunch der Website und des Online-Ticketings",
            "Stiftung Schloss Lindenau",
        ),
        case(
            "entity",
            "de",
            "Museum für Stadtgeschichte Lindenau\nAusschreibung\nRelaunch der Website\nDas Museum fordert zur Angebotsabgabe auf.\n",
            "Relaunch der Website",
            "Museum für Stadtgeschichte Lindenau",
        ),
        case(
            "entity",
            "de",
            "Kulturgesellschaft Lindenau mbH\nAusschreibung\nNeugestaltung des Webauftritts\nDie Gesellschaft fordert zur Angebotsabgabe auf.\n",
            "Neugestaltung des Webauftritts",
            "Kulturgesellschaft Lindenau mbH",
        ),
        case(
            "entity",
            "pt",
            "Museu Municipal de Vila Serena\nConcurso público\nReformulação do sítio web e bilheteira online\nO Museu abre o concurso.\n",
            "Reformulação do sítio web e bilheteira online",
            "Museu Municipal de Vila Serena",
        ),
        case(
            "entity",
            "pt",
            "Escola Secundária de Vila Serena\nPedido de cotação\nFornecimento de computadores portáteis\nA Escola convida a apresentar propostas.\n",
            "Fornecimento de computadores portáteis",
            "Escola Secundária de Vila Serena",
        ),
        case(
            "entity",
            "en",
            "Coastal Fishers Federation\nCall for Proposals\nMarket Access Study for Small-Scale Fisheries\nThe Federation invites proposals.\n",
            "Market Access Study for Small-Scale Fisheries",
            "Coastal Fishers Federation",
        ),
        case(
            "entity",
            "fr",
            "Fédération des Pêcheurs Côtiers\nTermes de référence\nÉtude d'accès aux marchés pour la pêche artisanale\nLa Fédération lance un appel.\n",
            "Étude d'accès aux marchés pour la pêche artisanale",
            "Fédération des Pêcheurs Côtiers",
        ),
        case(
            "entity",
            "en",
            "Eastern Rivers Conservation Society\nTerms of Reference\nBaseline Survey of Wetland Birds\nThe Society invites consultants.\n",
            "Baseline Survey of Wetland Birds",
            "Eastern Rivers Conservation Society",
        ),
        case(
            "entity",
            "fr",
            "Collectif Citoyen pour la Transparence Minière\nTermes de référence\nDéveloppement d'une plateforme de suivi des revenus miniers\nLe Collectif recrute un prestataire.\n",
            "Développement d'une plateforme de suivi des revenus miniers",
            "Collectif Citoyen pour la Transparence Minière",
        ),
    ]);
}

/// A terms of reference's fields: the client and the assignment, each labelled; the
/// client's line is the issuer, never the title.
#[test]
fn the_client_and_the_assignment_fields_name_the_issuer_and_the_title() {
    check(&[
        case(
            "label",
            "en",
            "TERMS OF REFERENCE\nClient: Coastal Fisheries Trust\nAssignment: Mid-term Evaluation of the Fisheries Co-management Project\nDuration: 40 days\n",
            "Mid-term Evaluation of the Fisheries Co-management Project",
            "Coastal Fisheries Trust",
        ),
        case(
            "label",
            "fr",
            "TERMES DE RÉFÉRENCE\nCommanditaire : Association Villages Solidaires\nIntitulé de la mission : Évaluation à mi-parcours du projet d'accès à l'eau\nDurée : 40 jours\n",
            "Évaluation à mi-parcours du projet d'accès à l'eau",
            "Association Villages Solidaires",
        ),
        case(
            "label",
            "es",
            "TÉRMINOS DE REFERENCIA\nEntidad contratante: Fundación Agua Limpia\nNombre de la consultoría: Evaluación intermedia del proyecto de acceso al agua\nDuración: 40 días\n",
            "Evaluación intermedia del proyecto de acceso al agua",
            "Fundación Agua Limpia",
        ),
        case(
            "label",
            "it",
            "TERMINI DI RIFERIMENTO\nCommittente: Fondazione Mare Nostro\nTitolo dell'incarico: Valutazione intermedia del progetto di accesso all'acqua\nDurata: 40 giorni\n",
            "Valutazione intermedia del progetto di accesso all'acqua",
            "Fondazione Mare Nostro",
        ),
        case(
            "label",
            "de",
            "LEISTUNGSBESCHREIBUNG\nAuftraggeber: Stiftung Digitale Bildung\nBezeichnung der Leistung: Zwischenevaluierung des Projekts Wasserzugang\nDauer: 40 Tage\n",
            "Zwischenevaluierung des Projekts Wasserzugang",
            "Stiftung Digitale Bildung",
        ),
        case(
            "label",
            "pt",
            "TERMOS DE REFERÊNCIA\nEntidade contratante: Fundação Água Limpa\nDesignação da consultoria: Avaliação intercalar do projeto de acesso à água\nDuração: 40 dias\n",
            "Avaliação intercalar do projeto de acesso à água",
            "Fundação Água Limpa",
        ),
    ]);
}

/// Covers in capitals, Markdown headings, an introduction that names the issuer, a
/// call for partners.
#[test]
fn covers_in_capitals_markdown_and_calls_for_partners() {
    check(&[
        case(
            "caps",
            "fr",
            "ONG TERRE ET EAU\nTERMES DE REFERENCE POUR LE RECRUTEMENT D'UN CONSULTANT\nCHARGE DE L'EVALUATION FINALE DU PROJET EAU POUR TOUS\n1. CONTEXTE\nL'ONG Terre et Eau met en œuvre le projet.\n",
            "RECRUTEMENT D'UN CONSULTANT CHARGE DE L'EVALUATION FINALE DU PROJET EAU POUR TOUS",
            "ONG TERRE ET EAU",
        ),
        case(
            "md",
            "en",
            "# Request for Proposals: Mobile Data Collection Platform\n\n**Riverside Health Alliance**\n\n## 1. Background\n\nThe Riverside Health Alliance runs clinics.\n",
            "Mobile Data Collection Platform",
            "Riverside Health Alliance",
        ),
        case(
            "md",
            "fr",
            "# Appel d'offres : Plateforme de collecte de données mobiles\n\n**Alliance Santé Rive Droite**\n\n## 1. Contexte\n\nL'Alliance Santé Rive Droite gère des cliniques.\n",
            "Plateforme de collecte de données mobiles",
            "Alliance Santé Rive Droite",
        ),
        case(
            "intro",
            "en",
            "REQUEST FOR PROPOSALS\nWebsite Development and Maintenance\nIntroduction\nThe Saint Clair Valley Tribe is a federally recognized tribe. The Tribe is seeking proposals from qualified firms.\n",
            "Website Development and Maintenance",
            "Saint Clair Valley Tribe",
        ),
        case(
            "intro",
            "de",
            "Aufforderung zur Abgabe eines Angebots\nRelaunch der Website\nDie Stiftung Schloss Lindenau ist eine Stiftung des öffentlichen Rechts. Sie sucht eine Agentur.\n",
            "Relaunch der Website",
            "Stiftung Schloss Lindenau",
        ),
        case(
            "intro",
            "fr",
            "Appel à partenaires de mise en œuvre\nVilles intelligentes et inclusives\nHumanitarian Data Collective (HDC) recherche des partenaires en Côte d'Ivoire. HDC travaille avec les communautés.\nContact : partenaires@hdc.org\n",
            "Villes intelligentes et inclusives",
            "Humanitarian Data Collective (HDC)",
        ),
    ]);
}

/// A specification whose first line says what kind of document it is and leads to
/// its subject ("… que rigen la contratación del servicio de …"), the issuer's field
/// on the next line; a call whose subject follows its reference, then a bracketed
/// journal reference.
#[test]
fn the_subject_after_the_words_that_lead_to_it_is_the_title() {
    check(&[
        case(
            "pliego",
            "es",
            "PLIEGO DE CLÁUSULAS ADMINISTRATIVAS PARTICULARES QUE RIGEN LA CONTRATACIÓN DEL SERVICIO DE MANTENIMIENTO DE LAS INSTALACIONES DEL AUDITORIO MUNICIPAL\nÓRGANO DE CONTRATACIÓN: CONSORCIO CULTURAL DE ALMENA\n1. OBJETO\n",
            "SERVICIO DE MANTENIMIENTO DE LAS INSTALACIONES DEL AUDITORIO MUNICIPAL",
            "CONSORCIO CULTURAL DE ALMENA",
        ),
        case(
            "pliego",
            "es",
            "PLIEGO DE PRESCRIPCIONES TÉCNICAS\nSERVICIO DE MANTENIMIENTO DE LAS INSTALACIONES DEL AUDITORIO MUNICIPAL\nExpediente: CCA-2027-04\n1. Objeto\nEl Consorcio Cultural de Almena contrata el servicio. El Consorcio Cultural de Almena abonará las facturas.\n",
            "SERVICIO DE MANTENIMIENTO DE LAS INSTALACIONES DEL AUDITORIO MUNICIPAL",
            "Consorcio Cultural de Almena",
        ),
        case(
            "eu-call",
            "en",
            "EUROPEAN COMMISSION\nDirectorate-General for Education and Culture\nCALL FOR PROPOSALS — EAC/99/2027\nYear of Rural Youth 2028 — Flagship Projects\n1. OBJECTIVES\n",
            "Year of Rural Youth 2028 — Flagship Projects",
            "EUROPEAN COMMISSION",
        ),
        case(
            "eu-call",
            "en",
            "CALL FOR PROPOSALS\nYear of Rural Youth 2028 — Flagship Projects\n(2027/C 123/04)\n1. Objectives\nThe European Commission invites proposals. The European Commission will select ten projects.\n",
            "Year of Rural Youth 2028 — Flagship Projects",
            "European Commission",
        ),
    ]);
}

/// A web page titled "Page title | Site name": the page's part is the title (without
/// a reference before a colon), the site's name is the organisation of its
/// properties; "skip to content" lines in any language are no title.
#[test]
fn a_page_title_and_its_site_name_split_at_the_bar() {
    let c = |lang, text: &str, meta: &'static str, title, issuer| Case {
        shape: "web-title",
        lang,
        pages: vec![text.to_owned()],
        hints: vec![
            (HintKind::MetaTitle, meta),
            (HintKind::Heading1, "Synopsis"),
            (HintKind::Heading1, "Eligibility"),
            (HintKind::Heading1, "Deadlines"),
        ],
        title,
        issuer,
    };
    check(&[
        c(
            "en",
            "Skip to main content\nSynopsis\nThe Open Data Ecosystems for Science (ODES) program supports open science. Proposals are due 3 May 2027.\nEligibility\nUniversities may apply.\nDeadlines\n3 May 2027\n",
            "NSF 27-123: Open Data Ecosystems for Science (ODES) | NSF - National Science Foundation",
            "Open Data Ecosystems for Science (ODES)",
            "National Science Foundation",
        ),
        c(
            "fr",
            "Aller au contenu\nSynopsis\nLe programme Écosystèmes de données ouvertes pour la science soutient la recherche. Les dossiers sont attendus le 3 mai 2027.\nÉligibilité\nLes universités peuvent candidater.\nCalendrier\n3 mai 2027\n",
            "Écosystèmes de données ouvertes pour la science | Agence Nationale de la Recherche",
            "Écosystèmes de données ouvertes pour la science",
            "Agence Nationale de la Recherche",
        ),
    ]);
}

/// Markdown fields in bold and tables of two cells ("| Contracting Authority |
/// Coastal Fisheries Trust |"): a row is the field it labels.
#[test]
fn markdown_fields_and_two_cell_table_rows_are_labelled_fields() {
    check(&[
        case(
            "md-bold",
            "en",
            "# Terms of Reference\n\n**Client:** Coastal Fisheries Trust\n\n**Assignment:** Mid-term Evaluation of the Co-management Project\n\n**Duration:** 40 days\n",
            "Mid-term Evaluation of the Co-management Project",
            "Coastal Fisheries Trust",
        ),
        case(
            "md-table",
            "en",
            "# Terms of Reference\n\n| Item | Details |\n|---|---|\n| Contracting Authority | Coastal Fisheries Trust |\n| Assignment | Mid-term Evaluation of the Co-management Project |\n| Duration | 40 days |\n",
            "Mid-term Evaluation of the Co-management Project",
            "Coastal Fisheries Trust",
        ),
        case(
            "md-bold",
            "fr",
            "# Termes de référence\n\n**Commanditaire :** Association Villages Solidaires\n\n**Intitulé de la mission :** Évaluation à mi-parcours du projet eau\n\n**Durée :** 40 jours\n",
            "Évaluation à mi-parcours du projet eau",
            "Association Villages Solidaires",
        ),
        case(
            "md-table",
            "fr",
            "# Termes de référence\n\n| Rubrique | Détail |\n|---|---|\n| Pouvoir adjudicateur | Association Villages Solidaires |\n| Objet | Évaluation à mi-parcours du projet eau |\n",
            "Évaluation à mi-parcours du projet eau",
            "Association Villages Solidaires",
        ),
        case(
            "md-table",
            "es",
            "# Pliego\n\n| Campo | Valor |\n|---|---|\n| Órgano de contratación | Consorcio de Aguas del Norte |\n| Objeto del contrato | Servicio de limpieza de depósitos |\n",
            "Servicio de limpieza de depósitos",
            "Consorcio de Aguas del Norte",
        ),
        case(
            "md-table",
            "de",
            "# Leistungsbeschreibung\n\n| Feld | Wert |\n|---|---|\n| Auftraggeber | Zweckverband Wasser Nordheide |\n| Gegenstand der Ausschreibung | Reinigung der Hochbehälter |\n",
            "Reinigung der Hochbehälter",
            "Zweckverband Wasser Nordheide",
        ),
    ]);
}
