//! Titles and issuers of documents laid out as forms and as standard bidding
//! documents, written for these tests in the six languages: a portal's form whose
//! fields name the procedure, the buyer and the subject; a cover that names only the
//! kind of procurement, its subject in each page's running header; an issuer written
//! in full once and then by its short name. Each case goes through
//! `analyze_document`; every failing case is listed at once.

mod common;

use common::{Case, case, check};

#[test]
fn the_subject_field_of_a_form_is_the_title_not_the_procedure_field() {
    check(&[
        case(
            "form",
            "en",
            "Procurement data\nProcedure name *\nDIRECT CONTRACTING - SEC. 12 PAR. B - ITEM 3\nContracting unit *\nHarbour Development Agency\nReference *\nHDA-2027-0042\nSubject of the procurement *\nSupply of two mobile harbour cranes with installation and\noperator training\nStage *\nSingle stage\n",
            "Supply of two mobile harbour cranes with installation and operator training",
            "Harbour Development Agency",
        ),
        case(
            "form",
            "fr",
            "Données de la consultation\nNom de la procédure *\nPROCÉDURE ADAPTÉE - ART. R2123-1 - LOT UNIQUE\nService acheteur *\nCentre Hospitalier de Valmont\nRéférence *\nCHV-2027-118\nObjet de la consultation *\nFourniture de lits médicalisés et de matelas anti-escarres\nÉtape *\nÉtape unique\n",
            "Fourniture de lits médicalisés et de matelas anti-escarres",
            "Centre Hospitalier de Valmont",
        ),
        case(
            "form",
            "es",
            "Datos del procedimiento\nNombre del procedimiento *\nLICITACIÓN PRIVADA - ART. 45 INC. B - APART. 1\nUnidad contratante *\nHospital Provincial de Río Claro\nExpediente *\nEX-2027-00912\nObjeto de la contratación *\nAdquisición de equipos de diálisis con su mantenimiento durante\ndos años\nEtapa *\nEtapa única\n",
            "Adquisición de equipos de diálisis con su mantenimiento durante dos años",
            "Hospital Provincial de Río Claro",
        ),
        case(
            "form",
            "it",
            "Dati della procedura\nNome della procedura *\nAFFIDAMENTO DIRETTO - ART. 50 C. 1 - LETT. B\nUnità appaltante *\nAzienda Sanitaria di Valmonte\nCIG *\nB12345CDEF\nOggetto dell'appalto *\nFornitura di apparecchiature per la diagnostica per immagini\nFase *\nFase unica\n",
            "Fornitura di apparecchiature per la diagnostica per immagini",
            "Azienda Sanitaria di Valmonte",
        ),
        case(
            "form",
            "de",
            "Verfahrensdaten\nBezeichnung des Verfahrens *\nVERHANDLUNGSVERFAHREN - § 14 ABS. 4 NR. 3\nBeschaffende Stelle *\nKlinikum Nordstadt\nVergabenummer *\nKN-2027-031\nGegenstand der Ausschreibung *\nLieferung von Dialysegeräten einschließlich Wartung\nPhase *\nEinstufig\n",
            "Lieferung von Dialysegeräten einschließlich Wartung",
            "Klinikum Nordstadt",
        ),
        case(
            "form",
            "pt",
            "Dados do procedimento\nNome do procedimento *\nAJUSTE DIRETO - ART. 128.º N.º 1 - AL. C\nUnidade contratante *\nHospital Distrital de Vale Verde\nProcesso *\nHDVV-2027-77\nObjeto do contrato *\nAquisição de equipamentos de hemodiálise com manutenção\nFase *\nFase única\n",
            "Aquisição de equipamentos de hemodiálise com manutenção",
            "Hospital Distrital de Vale Verde",
        ),
    ]);
}

#[test]
fn a_labelled_subject_beside_the_procedure_is_the_title() {
    check(&[
        case(
            "field",
            "en",
            "Harbour Development Agency\nProcedure: Open national tender\nTender name: Dredging of the northern access channel\nSubmission: electronic only\n",
            "Dredging of the northern access channel",
            "Harbour Development Agency",
        ),
        case(
            "field",
            "fr",
            "Communauté de communes du Val d'Arve\nProcédure : appel d'offres ouvert\nObjet du marché : Collecte des déchets ménagers et assimilés\nRemise des offres : par voie électronique\n",
            "Collecte des déchets ménagers et assimilés",
            "Communauté de communes du Val d'Arve",
        ),
        case(
            "field",
            "es",
            "Diputación Provincial de Almena\nProcedimiento: abierto simplificado\nObjeto: Servicio de mantenimiento de las carreteras provinciales\nPresentación: electrónica\n",
            "Servicio de mantenimiento de las carreteras provinciales",
            "Diputación Provincial de Almena",
        ),
        case(
            "field",
            "it",
            "Comune di Pratolungo\nProcedura: aperta\nOggetto: Servizio di refezione scolastica per gli anni 2027-2029\nPresentazione: telematica\n",
            "Servizio di refezione scolastica per gli anni 2027-2029",
            "Comune di Pratolungo",
        ),
        case(
            "field",
            "de",
            "Gemeinde Altwasser\nVerfahrensart: Offenes Verfahren\nGegenstand der Ausschreibung: Neubau einer Kindertagesstätte\nAngebotsabgabe: elektronisch\n",
            "Neubau einer Kindertagesstätte",
            "Gemeinde Altwasser",
        ),
        case(
            "field",
            "pt",
            "Município de Serra Alta\nProcedimento: concurso público\nObjeto do contrato: Aquisição de viaturas elétricas para a frota municipal\nApresentação: eletrónica\n",
            "Aquisição de viaturas elétricas para a frota municipal",
            "Município de Serra Alta",
        ),
    ]);
}
/// A standard bidding document: a cover with its month and the kind of procurement,
/// then pages under a running header that names the subject.
fn bidding_document(cover: &str, header: &str, body: &[&str]) -> Vec<String> {
    let mut pages = vec![cover.to_owned()];
    for b in body {
        pages.push(format!("{header}\n{b}\n"));
    }
    pages
}

#[test]
fn a_cover_that_names_only_the_kind_of_procurement_leaves_the_title_to_the_running_header() {
    let cases = [
        (
            "en",
            "MAY 2027\n\nProcurement of Goods\n",
            "Supply of Laboratory Reagents for District Hospitals",
            [
                "Contents\nSection I. Instructions to Bidders\nSection II. Bid Data Sheet",
                "Section I. Instructions to Bidders\nPurchaser: Lakeside Health Authority\nBidders shall submit one original of the bid.",
                "Section II. Bid Data Sheet\nThe bid shall be valid for 90 days.",
            ],
            "Supply of Laboratory Reagents for District Hospitals",
            "Lakeside Health Authority",
        ),
        (
            "fr",
            "MAI 2027\n\nAcquisition de fournitures\n",
            "DAO – Fourniture de réactifs de laboratoire pour les hôpitaux de district",
            [
                "Sommaire\nSection I. Instructions aux soumissionnaires\nSection II. Données particulières",
                "Section I. Instructions aux soumissionnaires\nAcheteur : Agence Régionale de Santé du Lac Vert\nLes soumissionnaires remettent une offre originale.",
                "Section II. Données particulières\nL'offre est valable 90 jours.",
            ],
            "Fourniture de réactifs de laboratoire pour les hôpitaux de district",
            "Agence Régionale de Santé du Lac Vert",
        ),
        (
            "es",
            "MAYO 2027\n\nAdquisición de bienes\n",
            "DL – Suministro de reactivos de laboratorio para hospitales comarcales",
            [
                "Índice\nSección I. Instrucciones a los oferentes\nSección II. Datos de la licitación",
                "Sección I. Instrucciones a los oferentes\nÓrgano de contratación: Servicio de Salud de Lagoverde\nLos oferentes presentarán un original de la oferta.",
                "Sección II. Datos de la licitación\nLa oferta será válida durante 90 días.",
            ],
            "Suministro de reactivos de laboratorio para hospitales comarcales",
            "Servicio de Salud de Lagoverde",
        ),
        (
            "it",
            "MAGGIO 2027\n\nAcquisizione di beni\n",
            "DG – Fornitura di reagenti di laboratorio per gli ospedali distrettuali",
            [
                "Indice\nSezione I. Istruzioni agli offerenti\nSezione II. Dati di gara",
                "Sezione I. Istruzioni agli offerenti\nStazione appaltante: Azienda Sanitaria di Lagoverde\nGli offerenti presentano un originale dell'offerta.",
                "Sezione II. Dati di gara\nL'offerta è valida per 90 giorni.",
            ],
            "Fornitura di reagenti di laboratorio per gli ospedali distrettuali",
            "Azienda Sanitaria di Lagoverde",
        ),
        (
            "de",
            "MAI 2027\n\nBeschaffung von Lieferleistungen\n",
            "VU – Lieferung von Laborreagenzien für Kreiskrankenhäuser",
            [
                "Inhalt\nAbschnitt I. Hinweise für Bieter\nAbschnitt II. Vergabedaten",
                "Abschnitt I. Hinweise für Bieter\nAuftraggeber: Gesundheitsamt Seewald\nDie Bieter reichen ein Original des Angebots ein.",
                "Abschnitt II. Vergabedaten\nDas Angebot ist 90 Tage gültig.",
            ],
            "Lieferung von Laborreagenzien für Kreiskrankenhäuser",
            "Gesundheitsamt Seewald",
        ),
        (
            "pt",
            "MAIO 2027\n\nAquisição de bens\n",
            "DC – Fornecimento de reagentes de laboratório para hospitais distritais",
            [
                "Índice\nSecção I. Instruções aos concorrentes\nSecção II. Dados do concurso",
                "Secção I. Instruções aos concorrentes\nEntidade adjudicante: Administração Regional de Saúde de Vale Verde\nOs concorrentes apresentam um original da proposta.",
                "Secção II. Dados do concurso\nA proposta é válida por 90 dias.",
            ],
            "Fornecimento de reagentes de laboratório para hospitais distritais",
            "Administração Regional de Saúde de Vale Verde",
        ),
    ];
    let cases: Vec<Case> = cases
        .into_iter()
        .map(|(lang, cover, header, body, title, issuer)| Case {
            shape: "running header",
            lang,
            pages: bidding_document(cover, header, &body),
            hints: Vec::new(),
            title,
            issuer,
        })
        .collect();
    check(&cases);
}

#[test]
fn a_short_name_after_a_cue_is_the_full_name_the_text_gave_it() {
    check(&[
        case(
            "short name",
            "en",
            "Request for Proposals\nCoastal Erosion Monitoring Services\nThe Ministry of Fisheries and Coastal Affairs (the \"Ministry\") seeks a consultant for three years.\nThe contract is issued on behalf of the Ministry.\n",
            "Coastal Erosion Monitoring Services",
            "Ministry of Fisheries and Coastal Affairs",
        ),
        case(
            "short name",
            "fr",
            "Appel d'offres\nRénovation de la salle des fêtes\nLa Commune de Belmont-sur-Loire (ci-après « la Commune ») organise une consultation.\nLe marché est passé pour le compte de la Commune.\n",
            "Rénovation de la salle des fêtes",
            "Commune de Belmont-sur-Loire",
        ),
        case(
            "short name",
            "es",
            "Pliego de condiciones\nMantenimiento de parques y jardines\nEl Ayuntamiento de Villaseca del Monte (en adelante, el Ayuntamiento) convoca esta licitación.\nEl contrato se tramita en nombre del Ayuntamiento.\n",
            "Mantenimiento de parques y jardines",
            "Ayuntamiento de Villaseca del Monte",
        ),
        case(
            "short name",
            "it",
            "Avviso pubblico\nServizio di pulizia degli uffici comunali\nIl Comune di Pratolungo (di seguito il Comune) indice una procedura aperta.\nLa procedura è gestita per conto del Comune.\n",
            "Servizio di pulizia degli uffici comunali",
            "Comune di Pratolungo",
        ),
        case(
            "short name",
            "de",
            "Ausschreibung\nReinigung der Verwaltungsgebäude\nDie Gemeinde Altwasser (im Folgenden die Gemeinde) schreibt die Leistung aus.\nDie Vergabe erfolgt im Auftrag der Gemeinde.\n",
            "Reinigung der Verwaltungsgebäude",
            "Gemeinde Altwasser",
        ),
        case(
            "short name",
            "pt",
            "Caderno de encargos\nLimpeza dos edifícios municipais\nO Município de Serra Alta (doravante o Município) abre um concurso público.\nO procedimento é lançado em nome do Município.\n",
            "Limpeza dos edifícios municipais",
            "Município de Serra Alta",
        ),
    ]);
}

#[test]
fn an_issuer_whose_name_has_words_in_lower_case_is_named_whole() {
    check(&[
        case(
            "lower case",
            "en",
            "Call for Proposals\nInnovation in Local Digital Services\nThe National Agency for Territorial Cohesion launches this call. The National Agency for Territorial Cohesion will select the winners.\n",
            "Innovation in Local Digital Services",
            "National Agency for Territorial Cohesion",
        ),
        case(
            "lower case",
            "fr",
            "Appel à projets\nInnovation dans les services numériques de proximité\nL'Agence nationale de la cohésion des territoires lance cet appel. L'Agence nationale de la cohésion des territoires sélectionnera les lauréats.\n",
            "Innovation dans les services numériques de proximité",
            "Agence nationale de la cohésion des territoires",
        ),
        case(
            "lower case",
            "es",
            "Convocatoria\nInnovación en servicios digitales de proximidad\nLa Agencia estatal de cohesión territorial publica esta convocatoria. La Agencia estatal de cohesión territorial seleccionará los proyectos.\n",
            "Innovación en servicios digitales de proximidad",
            "Agencia estatal de cohesión territorial",
        ),
        case(
            "lower case",
            "it",
            "Avviso pubblico\nInnovazione nei servizi digitali di prossimità\nLa Direzione generale per la coesione territoriale pubblica il presente avviso. La Direzione generale per la coesione territoriale selezionerà i progetti.\n",
            "Innovazione nei servizi digitali di prossimità",
            "Direzione generale per la coesione territoriale",
        ),
        case(
            "lower case",
            "de",
            "Förderaufruf\nInnovation in digitalen Diensten vor Ort\nDie Bundesagentur für regionalen Zusammenhalt veröffentlicht diesen Aufruf. Die Bundesagentur für regionalen Zusammenhalt wählt die Projekte aus.\n",
            "Innovation in digitalen Diensten vor Ort",
            "Bundesagentur für regionalen Zusammenhalt",
        ),
        case(
            "lower case",
            "pt",
            "Aviso de candidaturas\nInovação nos serviços digitais de proximidade\nA Agência nacional para a coesão territorial publica este aviso. A Agência nacional para a coesão territorial selecionará os projetos.\n",
            "Inovação nos serviços digitais de proximidade",
            "Agência nacional para a coesão territorial",
        ),
    ]);
}

#[test]
fn the_subject_line_of_a_letter_of_invitation_is_the_title() {
    check(&[
        case(
            "letter",
            "en",
            "Lakeside Water Authority\n12 March 2027\nDear Sir or Madam,\nSubject: Rehabilitation of the Eastern Pumping Station\nYou are invited to submit a sealed bid.\n",
            "Rehabilitation of the Eastern Pumping Station",
            "Lakeside Water Authority",
        ),
        case(
            "letter",
            "fr",
            "Commune de Belmont-sur-Loire\nLe 12 mars 2027\nMadame, Monsieur,\nObjet : Rénovation énergétique de l'école des Tilleuls\nNous vous invitons à remettre une offre.\n",
            "Rénovation énergétique de l'école des Tilleuls",
            "Commune de Belmont-sur-Loire",
        ),
        case(
            "letter",
            "es",
            "Ayuntamiento de Villanueva del Río\n12 de marzo de 2027\nEstimados señores:\nAsunto: Suministro de luminarias LED para el alumbrado público\nLes invitamos a presentar una oferta.\n",
            "Suministro de luminarias LED para el alumbrado público",
            "Ayuntamiento de Villanueva del Río",
        ),
        case(
            "letter",
            "it",
            "Comune di Valdoro\n12 marzo 2027\nGentili Signori,\nOggetto: Servizio di trasporto scolastico 2027-2029\nVi invitiamo a presentare un'offerta.\n",
            "Servizio di trasporto scolastico 2027-2029",
            "Comune di Valdoro",
        ),
        case(
            "letter",
            "de",
            "Stadtverwaltung Lindenau\n12. März 2027\nSehr geehrte Damen und Herren,\nBetreff: Sanierung der Sporthalle am Mühlenweg\nwir bitten Sie um ein Angebot.\n",
            "Sanierung der Sporthalle am Mühlenweg",
            "Stadtverwaltung Lindenau",
        ),
        case(
            "letter",
            "pt",
            "Câmara Municipal de Vila Serena\n12 de março de 2027\nExmos. Senhores,\nAssunto: Requalificação do Mercado Municipal\nConvidamos V. Exas. a apresentar uma proposta.\n",
            "Requalificação do Mercado Municipal",
            "Câmara Municipal de Vila Serena",
        ),
    ]);
}

#[test]
fn a_call_for_expressions_of_interest_is_a_kind_of_document_not_a_title() {
    check(&[
        case(
            "interest",
            "en",
            "Lakeside Water Authority\nRequest for Expressions of Interest\nConsulting Services for a Flood Risk Study\n1. Background\n",
            "Consulting Services for a Flood Risk Study",
            "Lakeside Water Authority",
        ),
        case(
            "interest",
            "fr",
            "Commune de Belmont-sur-Loire\nAppel à manifestation d'intérêt\nÉtude des risques d'inondation du bassin de la Loire\n1. Contexte\n",
            "Étude des risques d'inondation du bassin de la Loire",
            "Commune de Belmont-sur-Loire",
        ),
        case(
            "interest",
            "es",
            "Ayuntamiento de Villanueva del Río\nSolicitud de manifestaciones de interés\nEstudio del riesgo de inundación del río Tajo\n1. Antecedentes\n",
            "Estudio del riesgo de inundación del río Tajo",
            "Ayuntamiento de Villanueva del Río",
        ),
        case(
            "interest",
            "it",
            "Comune di Valdoro\nAvviso di manifestazione di interesse\nStudio del rischio di alluvione del fiume Adige\n1. Premessa\n",
            "Studio del rischio di alluvione del fiume Adige",
            "Comune di Valdoro",
        ),
        case(
            "interest",
            "de",
            "Stadtverwaltung Lindenau\nAufruf zur Interessenbekundung\nStudie zum Hochwasserrisiko an der Mulde\n1. Hintergrund\n",
            "Studie zum Hochwasserrisiko an der Mulde",
            "Stadtverwaltung Lindenau",
        ),
        case(
            "interest",
            "pt",
            "Câmara Municipal de Vila Serena\nConvite à manifestação de interesse\nEstudo do risco de cheias do rio Mondego\n1. Enquadramento\n",
            "Estudo do risco de cheias do rio Mondego",
            "Câmara Municipal de Vila Serena",
        ),
    ]);
}
