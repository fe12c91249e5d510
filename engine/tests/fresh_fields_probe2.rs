//! A second set of fresh documents nobody tuned for (issue 34): does what the engine
//! learnt from `fresh_fields_probe.rs` generalise? Title, issuer, submission deadline
//! and budget read from 21 whole small tenders of our own, written before the engine's
//! code was read: three per language (en, fr, es, pt, it, de) in different genres (a
//! county RFP, a ministry's terms of reference, an NGO's call, a university's RFQ, a
//! foundation's grant rules and fellowship, a works notice, a municipal tender), and
//! three more: an HTML page's text (navigation, breadcrumbs, cookie banner, footer), a
//! DOCX-style ToR with a "Document control" table and a version history, and an
//! addendum whose substance is a table of original and revised dates. Their traps:
//! step and section headings, document-type lines, reference lines and sentences about
//! questions where a title is sought; places in the scope, funders, tax authorities,
//! partner institutions, address lines and markup where an issuer is sought;
//! application windows, ordinals split by extraction ("14 th"), "1600 Hrs",
//! "3:00:00 p.m.", a questions date in a table cell beside the submission date, a
//! letter's own date, publication, site-visit and opening dates where the deadline is
//! sought; thousands grouped by spaces and narrow no-break spaces or apostrophes,
//! eligibility thresholds, allowances beside the ceiling, per-partner sub-ceilings
//! beside the per-project ceiling, a fund's whole envelope beside a per-proposal range,
//! stipends, and a bare "$" written by a Canadian, Australian or Mexican issuer where
//! the budget is sought. Every sentence is invented for this probe.
//!
//! Checks, each named `"<id> <check>"`, read as `rfp eval` reads an analysis:
//! - `title`, `issuer`: `extracted_data.<field>.value` names one of the expected names
//!   (separated by `|`) as the eval compares names (`probe/names.rs`);
//! - `deadline`: `summary.deadline`, else the `submission` entry of `deadlines`, is the
//!   date; `time`: that entry's time, where the document states one;
//! - `budget`: the headline (`budget.max`, else `budget.total.amount`) is the amount,
//!   or neither is given where the document states none; for a fund's envelope beside
//!   a per-proposal range, `budget.total` is the envelope and `budget.max` is not;
//!   `currency`: `budget.currency`;
//! - `trap`: no trap amount (a threshold, an allowance, a sub-ceiling, an insurance)
//!   is the reported `min`, `max` or `total`.
//!
//! First score (written blind, before any engine code was read): 124/143 checks;
//! title 16/21, issuer 19/21, deadline 19/21 (time 18/21), budget 18/21 (currency
//! 16/18), traps 18/20. Three of those misses were the cases' own errors, corrected
//! before any engine code was read: the university's request states a ceiling (its
//! budget had been written as none), "BANDO CULTURA PARTECIPATA 2027" read without
//! its document-type word names the call, and the Swiss call's whole budget is its
//! envelope (`total`, not a trap). With them: 128/144; title 17/21, issuer 19/21,
//! deadline 19/21 (time 18/21), budget 19/21 (currency 17/19), traps 19/20.
//! Now (after the shapes it showed were fixed): 143/144; title 21/21, issuer 20/21,
//! deadline 21/21 (time 21/21), budget 21/21 (currency 19/19), traps 20/20.
//!
//! `KNOWN_MISSES` holds the checks the engine fails, and the test asserts it equals
//! the failures, so a fix and a loss both show.

#[path = "probe/fields.rs"]
mod fields;
#[path = "probe/fresh.rs"]
mod fresh;
#[path = "probe/names.rs"]
mod names;
mod probe;

use fresh::{B, Fresh, assert_fresh_misses, assert_fresh_set};

/// The checks the engine fails, as `"<id> <check>"`.
const KNOWN_MISSES: &[&str] = &["fr-fondation-bourses-cad issuer"];

const FRESH: &[Fresh] = &[
    // --- English ---
    // A county's RFP: a cover with a document-type line and a reference line, a table
    // of contents of "Part N:" headings, running headers, a state grant named in
    // passing, an insurance threshold and a population threshold.
    Fresh {
        id: "en-county-rfp",
        text: r#"=== page 1 ===
HARROWGATE COUNTY, OREGON
Department of Finance – Purchasing Division
1120 Courthouse Square, Suite 204
Millbrook, OR 97389

REQUEST FOR PROPOSALS
RFP No. HC-2027-114

Computer-Aided Dispatch and Records Management System Replacement

Issue date: March 3, 2027
Pre-proposal conference: March 12, 2027, 10:00 a.m. (virtual)
Deadline for written questions: March 24, 2027
Proposals due: April 14, 2027, no later than 2:00 p.m. Pacific Time
=== page 2 ===
Harrowgate County RFP HC-2027-114 Page 2 of 4
TABLE OF CONTENTS
Part 1: Introduction and Background ........ 2
Part 2: Eligibility and Minimum Qualifications ........ 3
Part 3: Scope of Work ........ 3
Part 4: Proposal Format and Submission ........ 4
Part 5: Evaluation and Award ........ 4
Part 1: Introduction and Background
Harrowgate County ("the County") seeks proposals from qualified firms to replace the computer-aided dispatch (CAD) and records management system used by the Sheriff's Office and the 911 Emergency Communications Center.
The current system was installed in 2011 and its vendor ended support for it last year.
The project is partly paid for by a grant from the Oregon Office of Emergency Management. The grant does not make the State a party to any contract resulting from this RFP.
=== page 3 ===
Harrowgate County RFP HC-2027-114 Page 3 of 4
Part 2: Eligibility and Minimum Qualifications
Proposers must have completed at least three CAD implementations for agencies serving a population of 50,000 or more.
Proposers must maintain commercial general liability insurance of at least $2,000,000 for each occurrence.
Part 3: Scope of Work
The selected contractor shall:
a) migrate twelve years of incident records;
b) configure interfaces with the state's criminal justice information network;
c) train dispatch staff on all three shifts.
Budget
The County has budgeted an amount not to exceed $480,000 for implementation, including the first year of maintenance. Proposals above this amount may be deemed non-responsive.
=== page 4 ===
Harrowgate County RFP HC-2027-114 Page 4 of 4
Part 4: Proposal Format and Submission
Questions about this RFP must be submitted in writing to the Purchasing Agent, Dana Whitfield, at purchasing@harrowgate.example.gov by March 24, 2027.
Submit one signed original and an electronic copy on a USB drive to the address on the cover page.
Part 5: Evaluation and Award
Proposals will be scored on functionality (40 points), cost (30 points), implementation plan (20 points) and references (10 points).
"#,
        title: "Computer-Aided Dispatch and Records Management System Replacement",
        issuer: "Harrowgate County",
        deadline: Some("2027-04-14"),
        time: Some("14:00"),
        budget: B::Headline(480_000.0),
        currency: Some("USD"),
        traps: &[2_000_000.0, 50_000.0],
    },
    // An NGO's call for work in a county: the county ends the title and sits on the
    // scoring panel, the European Union is named as funder, an income threshold, a
    // whole envelope beside a per-organisation range, an application window.
    Fresh {
        id: "en-ngo-call-window",
        text: r#"Tujenge Pamoja Trust
P.O. Box 40211-00100, Nairobi
www.tujengepamoja.example.org

CALL FOR PROPOSALS
Ref: TPT/CFP/2027/03

Community Water Resilience Grants for Marsabit County

1. Background
Tujenge Pamoja Trust is a Kenyan non-profit organisation working with pastoralist communities in northern Kenya.
With financial support from the European Union, the Trust is opening a small grants window for community-based organisations.
2. Who may apply
Registered community-based organisations and self-help groups operating in Marsabit County.
Applicants must have been registered for at least two years.
Applicants must show an annual income of at least KES 500 000 in one of the last three years.
3. Funding available
The total envelope of this call is KES 24 000 000.
Grants will range from KES 800 000 to KES 2 500 000 per organisation, for projects of 12 to 18 months.
A co-contribution of 10 % in cash or in kind is expected.
4. What we fund
- rehabilitation of shallow wells and water pans;
- rainwater harvesting at schools and dispensaries;
- training of water user committees.
5. How to apply
Applications will be received from 2 May 2027 until 30 May 2027 at 5.00 p.m. East Africa Time.
Completed forms must be sent by e-mail to grants@tujengepamoja.example.org. Paper applications will not be accepted.
An information session will be held in Marsabit town on 12 May 2027.
6. Selection
Proposals will be scored by a panel that includes a representative of the Marsabit County Government, which is not a party to the grant agreements.
Successful applicants will be notified by 30 June 2027.
"#,
        title: "Community Water Resilience Grants for Marsabit County",
        issuer: "Tujenge Pamoja Trust",
        deadline: Some("2027-05-30"),
        time: Some("17:00"),
        budget: B::Envelope(24_000_000.0),
        currency: Some("KES"),
        traps: &[500_000.0],
    },
    // A university's RFQ as a letter: "HEAD OFFICE" above the address, the letter's
    // date, "1600 Hrs" and "14 th June" split by extraction, a questions date as an
    // ordinal too, an insurance and a turnover threshold in pounds, no budget.
    Fresh {
        id: "en-university-rfq-letter",
        text: r#"=== page 1 ===
UNIVERSITY OF NORTHFIELD
Procurement Services
HEAD OFFICE
Estates Building, Calder Road, Northfield NF4 2QT

Request for Quotation

Reference: UN/PS/RFQ/2027/041
Date: 3 May 2027

Supply, Installation and Commissioning of Ultra-Low Temperature Freezers for the School of Biosciences

Dear Supplier,
The University of Northfield invites you to submit a quotation for the goods described in Annex A.
Your quotation must reach the Procurement Office by 1600 Hrs on 14 th June 2027. Quotations received after that time will not be considered.
Questions about this RFQ should be e-mailed to tenders@northfield.example.ac.uk no later than 4 th June 2027.

Yours faithfully,
R. Okafor
Category Manager, Research Equipment
=== page 2 ===
Annex A – Specification
Item 1: six upright freezers, -86 °C, capacity of 700 litres or more.
Item 2: temperature monitoring with remote alarms for each unit.
Item 3: removal and disposal of four existing freezers.
Conditions
Suppliers must hold product liability insurance of at least £5,000,000.
Suppliers whose annual turnover is below £250,000 must provide a parent company guarantee.
Prices must be quoted in pounds sterling, exclusive of VAT, and held for 90 days.
The University does not disclose a budget for this requirement.
"#,
        title: "Supply, Installation and Commissioning of Ultra-Low Temperature Freezers for the School of Biosciences",
        issuer: "University of Northfield",
        deadline: Some("2027-06-14"),
        time: Some("16:00"),
        budget: B::None,
        currency: None,
        traps: &[5_000_000.0, 250_000.0],
    },
    // --- French ---
    // A ministry's terms of reference: the state's motto, a department and a unit
    // under the ministry, the funder and the regions of the work, a turnover
    // threshold, a travel cap inside the ceiling, narrow no-break spaces.
    Fresh {
        id: "fr-ministere-tdr",
        text: r#"RÉPUBLIQUE DU SÉNÉGAL
Un Peuple – Un But – Une Foi
MINISTÈRE DE L'HYDRAULIQUE ET DE L'ASSAINISSEMENT
Direction de la Planification et de la Réforme
Cellule de passation des marchés

TERMES DE RÉFÉRENCE

Recrutement d'un cabinet pour l'évaluation à mi-parcours du Programme d'accès à l'eau potable en milieu rural (PAEPMR)

Dakar, le 8 mars 2027

1. Contexte
Le Programme d'accès à l'eau potable en milieu rural est mis en œuvre dans les régions de Kolda, Sédhiou et Tambacounda.
Il est financé par la Banque africaine de développement et par l'État du Sénégal.
2. Objectifs de la mission
L'évaluation appréciera la pertinence, l'efficacité et la durabilité des ouvrages réalisés depuis 2024.
Elle proposera des mesures correctrices pour la seconde phase.
3. Profil du cabinet
Le cabinet doit justifier d'un chiffre d'affaires moyen d'au moins 150 000 000 FCFA sur les trois derniers exercices.
L'équipe comprendra un chef de mission, un hydrogéologue et un socio-économiste.
Le chef de mission justifiera d'au moins dix ans d'expérience en évaluation de programmes d'eau potable.
4. Durée et budget
La mission durera quatre mois.
Le budget maximal alloué à la mission est de 48 500 000 FCFA hors taxes.
Les frais de déplacement sur le terrain sont plafonnés à 3 000 000 FCFA et sont compris dans ce montant.
5. Dépôt des offres
Les offres rédigées en français seront déposées à la Cellule de passation des marchés au plus tard le 14 avril 2027 à 12 h 00, heure de Dakar.
Les demandes d'éclaircissements seront adressées par écrit jusqu'au 31 mars 2027.
L'ouverture des plis aura lieu le même jour à 12 h 30 en présence des soumissionnaires qui le souhaitent.
Les offres seront présentées en un original et trois copies sous pli fermé.
"#,
        title: "Recrutement d'un cabinet pour l'évaluation à mi-parcours du Programme d'accès à l'eau potable en milieu rural",
        issuer: "Ministère de l'Hydraulique et de l'Assainissement",
        deadline: Some("2027-04-14"),
        time: Some("12:00"),
        budget: B::Headline(48_500_000.0),
        currency: Some("XOF"),
        traps: &[150_000_000.0, 3_000_000.0],
    },
    // A commune's works notice in the sections of a French notice: "AVIS D'APPEL
    // D'OFFRES" alone, the buyer's name on an address line, a site visit before the
    // deadline, the date the notice was sent for publication last, a turnover floor.
    Fresh {
        id: "fr-commune-avis-travaux",
        text: r#"AVIS D'APPEL D'OFFRES
Section I : Pouvoir adjudicateur
Nom et adresse : Commune de Saint-Aubin-des-Prés, Mairie, 2 place de l'Église, 49170 Saint-Aubin-des-Prés
Correspondant : M. le Maire
Téléphone : 02 41 00 00 00
Section II : Objet du marché
Intitulé : Réfection de la toiture et isolation des combles de l'école élémentaire des Tilleuls
Type de marché : travaux
Lieu d'exécution : école élémentaire des Tilleuls, rue des Vignes, Saint-Aubin-des-Prés
Description : dépose de la couverture existante, fourniture et pose d'ardoises naturelles, isolation en laine de bois.
Allotissement : lot unique
Variantes : non autorisées
Montant estimatif des travaux : 186 400 € HT
Durée des travaux : 10 semaines pendant les congés d'été
Section III : Conditions de participation
Capacité financière : chiffre d'affaires annuel minimal de 300 000 € HT
Assurance décennale obligatoire.
Références : au moins trois chantiers de couverture en ardoise achevés depuis moins de cinq ans.
Section IV : Procédure
Procédure adaptée (article R. 2123-1 du code de la commande publique)
Critères d'attribution : prix 40 % ; valeur technique 60 %
Visite sur site obligatoire le 20 avril 2027 à 10 h 00.
Date limite de réception des offres : 12 mai 2027 à 16 h 00
Délai de validité des offres : 120 jours
Les offres sont remises exclusivement par voie électronique sur le profil d'acheteur.
Section VI : Renseignements complémentaires
Le dossier de consultation est téléchargeable gratuitement sur le profil d'acheteur de la commune.
Instance chargée des procédures de recours : Tribunal administratif de Nantes, 6 allée de l'Île-Gloriette, 44041 Nantes
Renseignements techniques : services techniques de la mairie, du lundi au vendredi de 9 h à 12 h.
Date d'envoi du présent avis à la publication : 2 avril 2027
"#,
        title: "Réfection de la toiture et isolation des combles de l'école élémentaire des Tilleuls",
        issuer: "Commune de Saint-Aubin-des-Prés",
        deadline: Some("2027-05-12"),
        time: Some("16:00"),
        budget: B::Headline(186_400.0),
        currency: Some("EUR"),
        traps: &[300_000.0],
    },
    // A Quebec foundation's fellowship: a deposit window whose first day has no year,
    // a stipend per year in bare "$" (Canadian), a research allowance beside it, an
    // income threshold, the places of the research.
    Fresh {
        id: "fr-fondation-bourses-cad",
        text: r#"Fondation Boréale pour la recherche nordique
Montréal (Québec)

Programme de bourses postdoctorales 2027-2028
Appel de candidatures

Période de dépôt : du 1er septembre au 15 octobre 2027, 17 h (heure de l'Est)

À propos du programme
La Fondation soutient de jeunes chercheuses et chercheurs dont les travaux portent sur les écosystèmes arctiques et subarctiques.
Les recherches peuvent se dérouler au Nunavik, au Nunavut ou au Yukon.
Valeur de la bourse
Chaque bourse est d'une valeur de 55 000 $ par année, pour une durée maximale de deux ans.
Une allocation de recherche et de déplacement de 7 500 $ par année s'ajoute à la bourse.
Admissibilité
Avoir obtenu un doctorat depuis moins de cinq ans.
Être rattaché à une université canadienne pendant toute la durée de la bourse.
Ne pas détenir en même temps une autre bourse postdoctorale de plus de 10 000 $.
Les candidats dont le revenu d'autres sources dépasse 20 000 $ par année ne sont pas admissibles.
Dossier de candidature
Le dossier comprend un projet de recherche de cinq pages, un curriculum vitæ et deux lettres de recommandation.
Les dossiers sont soumis par le portail de la Fondation. Aucune prolongation ne sera accordée.
La Fondation n'accepte qu'un dossier par personne et par concours.
Évaluation
Un comité de pairs évalue l'excellence du dossier, l'originalité du projet et ses retombées pour les communautés du Nord.
Le comité se réunit au début du mois de décembre 2027.
Les lauréates et lauréats s'engagent à présenter leurs travaux au colloque annuel de la Fondation.
Les résultats seront communiqués en février 2028.
Pour toute question : bourses@fondationboreale.example.ca
Fondation Boréale pour la recherche nordique – 1200, rue Sherbrooke Ouest, Montréal (Québec)
"#,
        title: "Programme de bourses postdoctorales 2027-2028",
        issuer: "Fondation Boréale pour la recherche nordique",
        deadline: Some("2027-10-15"),
        time: Some("17:00"),
        budget: B::Headline(55_000.0),
        currency: Some("CAD"),
        traps: &[7_500.0, 20_000.0, 10_000.0],
    },
    // --- Spanish ---
    // A town hall's conditions: file number, a document-type line, the contract's
    // object in capitals, "Cláusula N." headings, the base budget beside the estimated
    // value, a turnover floor, the province's subsidy named in passing.
    Fresh {
        id: "es-ayuntamiento-pliego",
        text: r#"AYUNTAMIENTO DE VALDEROBLES (TERUEL)
Área de Contratación
Expediente n.º 412/2027

PLIEGO DE CLÁUSULAS ADMINISTRATIVAS PARTICULARES

CONTRATO DE SERVICIO DE MANTENIMIENTO Y CONSERVACIÓN DE LAS ZONAS VERDES Y EL ARBOLADO URBANO DEL MUNICIPIO

Procedimiento abierto simplificado
Tramitación ordinaria
Cláusula 1. Objeto del contrato
El objeto del contrato es la prestación del servicio de mantenimiento y conservación de parques, jardines y arbolado de titularidad municipal.
Código CPV: 77310000-6, servicios de plantación y mantenimiento de zonas verdes.
Cláusula 2. Presupuesto base de licitación
El presupuesto base de licitación asciende a 248.600,00 euros, IVA excluido, para los dos años de duración del contrato.
El gasto se imputa a la aplicación presupuestaria 1710.22799 del presupuesto municipal.
Cláusula 3. Solvencia
Solvencia económica y financiera: volumen anual de negocios, en el mejor ejercicio de los tres últimos, por importe igual o superior a 372.900,00 euros.
Solvencia técnica: relación de servicios similares ejecutados en los últimos tres años.
Cláusula 4. Presentación de proposiciones
Las proposiciones se presentarán por medios electrónicos en la plataforma estatal de licitación.
La documentación se presentará en dos sobres electrónicos.
El plazo de presentación finalizará a las 14:00 horas del día 3 de junio de 2027.
Las consultas sobre el pliego podrán formularse hasta el 27 de mayo de 2027.
Cláusula 5. Financiación
El contrato se financia con cargo al presupuesto municipal y con una subvención de la Diputación Provincial de Teruel.
Cláusula 6. Criterios de adjudicación
Oferta económica: hasta 60 puntos.
Plan de trabajo y medios materiales: hasta 40 puntos.
Valderobles, a 5 de mayo de 2027.
El Alcalde-Presidente
"#,
        title: "Contrato de servicio de mantenimiento y conservación de las zonas verdes y el arbolado urbano del municipio",
        issuer: "Ayuntamiento de Valderobles",
        deadline: Some("2027-06-03"),
        time: Some("14:00"),
        budget: B::Headline(248_600.0),
        currency: Some("EUR"),
        traps: &[372_900.0],
    },
    // A Mexican civil association's call: bare "$" (pesos), a whole envelope beside a
    // per-project range, a travel cap and an income ceiling for eligibility, a
    // publication date, a window "del 2 de mayo al 30 de mayo".
    Fresh {
        id: "es-mx-convocatoria-bolsa",
        text: r#"FONDO COMUNITARIO SIERRA VERDE, A.C.

CONVOCATORIA 2027
Proyectos Comunitarios de Agua y Saneamiento en la Sierra de Zongolica

Fecha de publicación: 12 de abril de 2027

I. Presentación
El Fondo Comunitario Sierra Verde, A.C. es una organización de la sociedad civil con sede en Orizaba, Veracruz.
Con el apoyo de la Fundación Internacional del Agua, convoca a organizaciones comunitarias a presentar proyectos.
Desde 2012 acompaña a comunidades nahuas de la región en la gestión de sus recursos naturales.
II. Quiénes pueden participar
Organizaciones de la sociedad civil legalmente constituidas con al menos dos años de trabajo en los municipios de la Sierra de Zongolica.
No podrán participar organizaciones cuyos ingresos anuales superen $10,000,000.00.
Los proyectos deberán contar con el acuerdo de la asamblea comunitaria.
III. Montos de apoyo
La bolsa total de la convocatoria es de $4,200,000.00.
Cada proyecto podrá recibir entre $150,000.00 y $350,000.00.
Los viáticos del equipo no podrán exceder $25,000.00 por proyecto.
Se espera financiar entre 12 y 20 proyectos.
IV. Calendario
Recepción de propuestas: del 2 de mayo al 30 de mayo de 2027, hasta las 18:00 horas (hora del centro de México).
Publicación de resultados: 15 de julio de 2027.
V. Envío
Las propuestas se envían al correo convocatoria@sierraverde.example.org.mx con el formato del Anexo 1.
Solo se aceptará una propuesta por organización.
VI. Criterios de selección
Participación de mujeres y jóvenes en la toma de decisiones.
Viabilidad técnica y sostenibilidad de las obras.
Contacto: Lic. Rosa Tepole, convocatoria@sierraverde.example.org.mx
"#,
        title: "Proyectos Comunitarios de Agua y Saneamiento en la Sierra de Zongolica",
        issuer: "Fondo Comunitario Sierra Verde",
        deadline: Some("2027-05-30"),
        time: Some("18:00"),
        budget: B::Envelope(4_200_000.0),
        currency: Some("MXN"),
        traps: &[10_000_000.0, 25_000.0],
    },
    // A ministry's terms of reference in Peru: the country and the ministry on one
    // line, a year motto, the user area, a development bank as lender, a timetable
    // table whose questions row precedes the submission row, "3:00:00 p.m.", soles
    // grouped by a space, an experience threshold.
    Fresh {
        id: "es-pe-ministerio-tdr",
        text: r#"=== page 1 ===
PERÚ | Ministerio de Salud
Oficina General de Tecnologías de la Información
"Año de la Integración Digital"

TÉRMINOS DE REFERENCIA

SERVICIO DE CONSULTORÍA PARA EL DISEÑO DEL SISTEMA DE INFORMACIÓN DE VIGILANCIA EPIDEMIOLÓGICA COMUNITARIA

1. ÁREA USUARIA
Centro Nacional de Epidemiología, Prevención y Control de Enfermedades.
2. FINALIDAD PÚBLICA
Contar con información oportuna sobre brotes en comunidades rurales de Loreto y Ucayali.
3. ANTECEDENTES
El proyecto se financia con recursos de un préstamo del Banco Interamericano de Desarrollo.
Las comunidades registran hoy los casos en fichas de papel que tardan semanas en llegar a la red.
=== page 2 ===
4. CRONOGRAMA
| Etapa | Fecha |
| Formulación de consultas | 7 de julio de 2027 |
| Absolución de consultas | 12 de julio de 2027 |
| Presentación de ofertas | 21 de julio de 2027, hasta las 3:00:00 p.m. |
| Otorgamiento de la buena pro | 28 de julio de 2027 |
5. VALOR REFERENCIAL
El valor referencial asciende a S/ 186 000,00 (ciento ochenta y seis mil con 00/100 soles), incluidos los impuestos de ley.
6. REQUISITOS DEL CONSULTOR
Persona jurídica con experiencia en sistemas de salud por un monto facturado acumulado no menor a S/ 400 000,00.
7. ENTREGABLES
Primer entregable: diagnóstico de los flujos de información, a los 30 días.
Segundo entregable: diseño funcional del sistema, a los 75 días.
"#,
        title: "Servicio de consultoría para el diseño del sistema de información de vigilancia epidemiológica comunitaria",
        issuer: "Ministerio de Salud",
        deadline: Some("2027-07-21"),
        time: Some("15:00"),
        budget: B::Headline(186_000.0),
        currency: Some("PEN"),
        traps: &[400_000.0],
    },
    // --- Portuguese ---
    // A Brazilian town's electronic auction notice: the state above the town hall, a
    // tax number, the notice's type and number, "OBJETO:" on one line, the federal
    // fund and the tax authority named in passing, a capital threshold and an amount
    // reserved to small firms.
    Fresh {
        id: "pt-br-edital-pregao",
        text: r#"ESTADO DE GOIÁS
PREFEITURA MUNICIPAL DE SERRA DOURADA
Secretaria Municipal de Educação
CNPJ 01.234.567/0001-89

EDITAL DE PREGÃO ELETRÔNICO Nº 027/2027
Processo Administrativo nº 1.148/2027

OBJETO: Registro de preços para aquisição de gêneros alimentícios destinados à alimentação escolar da rede municipal de ensino.

1. DAS DISPOSIÇÕES PRELIMINARES
1.1. A Prefeitura Municipal de Serra Dourada torna público que realizará licitação na modalidade pregão, na forma eletrônica, do tipo menor preço por item.
1.2. O recebimento das propostas ocorrerá até às 09h00 do dia 18/08/2027, horário de Brasília.
1.3. A abertura da sessão pública ocorrerá às 09h30 do mesmo dia.
1.4. Pedidos de esclarecimento poderão ser enviados até 13/08/2027.
2. DO VALOR ESTIMADO
2.1. O valor total estimado da contratação é de R$ 1.245.300,00 (um milhão, duzentos e quarenta e cinco mil e trezentos reais).
2.2. Os recursos provêm do Programa Nacional de Alimentação Escolar, repassados pelo Fundo Nacional de Desenvolvimento da Educação.
2.3. As despesas correrão à conta da dotação orçamentária 12.306.0005.2.045.
3. DA PARTICIPAÇÃO
3.1. Poderão participar empresas com capital social mínimo de R$ 124.530,00.
3.2. Os itens de valor até R$ 80.000,00 são reservados a microempresas e empresas de pequeno porte.
3.3. Não poderão participar empresas declaradas inidôneas por qualquer órgão da Administração Pública.
4. DA HABILITAÇÃO
4.1. Certidão negativa de débitos relativos a tributos federais, emitida pela Receita Federal do Brasil.
4.2. Alvará sanitário vigente para os itens perecíveis.
5. DA ENTREGA
5.1. Os gêneros serão entregues semanalmente nas 14 unidades escolares, conforme cronograma da Secretaria Municipal de Educação.
Serra Dourada, 30 de julho de 2027.
Pregoeira Oficial
"#,
        title: "Registro de preços para aquisição de gêneros alimentícios destinados à alimentação escolar da rede municipal de ensino|Aquisição de gêneros alimentícios destinados à alimentação escolar da rede municipal de ensino",
        issuer: "Prefeitura Municipal de Serra Dourada",
        deadline: Some("2027-08-18"),
        time: Some("09:00"),
        budget: B::Headline(1_245_300.0),
        currency: Some("BRL"),
        traps: &[124_530.0, 80_000.0],
    },
    // A Portuguese university's invitation letter: the letter's place and date, an
    // office number, "Assunto:" naming the procedure, the object on a line of its
    // own, a base price grouped by a space, an insurance floor, a signature.
    Fresh {
        id: "pt-universidade-convite",
        text: r#"Universidade de Montalegre
Serviços de Gestão Académica e Aprovisionamento
Largo do Paço, 4700-320 Montalegre

Montalegre, 6 de julho de 2027

Ofício n.º 318/SGA/2027

Assunto: Convite para apresentação de proposta — Consulta Prévia n.º 14/2027

Aquisição de equipamento de videoconferência para vinte salas de aula do Polo de Engenharia

Exmos. Senhores,
Nos termos do Código dos Contratos Públicos, convida-se V. Exas. a apresentar proposta para o fornecimento acima identificado, nas condições do caderno de encargos anexo.
1. Preço base
O preço base do procedimento é de 68 500,00 EUR, acrescido de IVA à taxa legal.
2. Prazo de entrega das propostas
As propostas devem ser submetidas na plataforma eletrónica de contratação até às 17h00 do dia 9 de setembro de 2027.
Os esclarecimentos podem ser pedidos até ao termo do primeiro terço do prazo.
3. Critério de adjudicação
Proposta economicamente mais vantajosa, na modalidade de avaliação do preço.
4. Prazo de execução
O fornecimento e a instalação devem estar concluídos no prazo de 60 dias a contar da assinatura do contrato.
5. Caução e seguros
Não é exigida caução.
Os concorrentes devem ter seguro de responsabilidade civil de valor não inferior a 250 000,00 EUR.
Com os melhores cumprimentos,
A Administradora
Teresa Vasconcelos
Anexos: caderno de encargos e modelo de proposta.
"#,
        title: "Aquisição de equipamento de videoconferência para vinte salas de aula do Polo de Engenharia",
        issuer: "Universidade de Montalegre",
        deadline: Some("2027-09-09"),
        time: Some("17:00"),
        budget: B::Headline(68_500.0),
        currency: Some("EUR"),
        traps: &[250_000.0],
    },
    // A Mozambican association's terms of reference: acronym in brackets, its seat
    // as an address line, a province and district of the work, an embassy as funder,
    // an index of headings, a travel cap beside the ceiling, a turnover floor.
    Fresh {
        id: "pt-mz-associacao-tdr",
        text: r#"ASSOCIAÇÃO MULHERES DA TERRA (AMUTE)
Sede: Avenida Eduardo Mondlane, n.º 1420, Quelimane

TERMOS DE REFERÊNCIA
Contratação de uma entidade formadora para cursos de agricultura de conservação no distrito de Mocuba

Índice
1. Enquadramento
2. Objectivos
3. Actividades
4. Orçamento
5. Submissão de propostas

1. Enquadramento
A AMUTE trabalha desde 2009 com associações de camponesas da Província da Zambézia.
O presente projecto é financiado pela Embaixada da Irlanda em Maputo.
2. Objectivos
Formar 600 camponesas em técnicas de agricultura de conservação e de gestão pós-colheita.
3. Actividades
- Preparar um manual ilustrado em português e em elómwè;
- Realizar 20 sessões de formação nas localidades de Mocuba-sede, Mugeba e Namanjavira;
- Apresentar um relatório final com indicadores desagregados por sexo.
4. Orçamento
O orçamento máximo disponível é de 2 400 000,00 MZN, incluindo impostos.
As ajudas de custo e deslocações dos formadores não devem ultrapassar 180 000,00 MZN.
5. Submissão de propostas
As propostas devem ser entregues na sede da AMUTE ou enviadas para concursos@amute.example.org.mz até 30 de Junho de 2027, às 15:30.
Não serão aceites propostas de entidades com volume de negócios inferior a 1 000 000,00 MZN.
6. Critérios de avaliação
Experiência da entidade (40 %), metodologia (35 %) e preço (25 %).
"#,
        title: "Contratação de uma entidade formadora para cursos de agricultura de conservação no distrito de Mocuba",
        issuer: "Associação Mulheres da Terra",
        deadline: Some("2027-06-30"),
        time: Some("15:30"),
        budget: B::Headline(2_400_000.0),
        currency: Some("MZN"),
        traps: &[180_000.0, 1_000_000.0],
    },
    // --- Italian ---
    // A comune's works notice: the province under the comune, a certified mail line,
    // "BANDO DI GARA" and "Procedura aperta", project codes, "Art. N –" headings,
    // safety costs inside the base, the EU funding, a turnover floor, a site visit
    // and a first public session around the deadline.
    Fresh {
        id: "it-comune-bando-lavori",
        text: r#"COMUNE DI VALLECHIARA
Provincia di Cuneo
Area Tecnica – Servizio Lavori Pubblici
Piazza Municipio 1 – 12030 Vallechiara (CN)
PEC: protocollo@pec.comune.vallechiara.example.it

BANDO DI GARA
Procedura aperta

LAVORI DI RIQUALIFICAZIONE ENERGETICA DELLA SCUOLA PRIMARIA "GIANNI RODARI"
CUP: H41B27000080006 – CIG: A0123B4C5D

Art. 1 – Stazione appaltante
Comune di Vallechiara, Area Tecnica.
Art. 2 – Oggetto e importo dell'appalto
L'appalto ha per oggetto la sostituzione dei serramenti, l'isolamento a cappotto e l'installazione di una pompa di calore.
Importo complessivo a base di gara: € 612.450,00, di cui € 18.300,00 per oneri della sicurezza non soggetti a ribasso.
L'intervento è finanziato dall'Unione europea – Next Generation EU.
Art. 3 – Requisiti di partecipazione
Attestazione SOA nella categoria OG1, classifica III, oppure fatturato in lavori analoghi non inferiore a € 900.000,00 nell'ultimo quinquennio.
Art. 4 – Sopralluogo
Il sopralluogo è obbligatorio e si svolgerà il giorno 22 settembre 2027 alle ore 9:30.
Art. 5 – Termine di presentazione delle offerte
Le offerte devono pervenire, esclusivamente tramite la piattaforma telematica, entro le ore 12:00 del giorno 7 ottobre 2027.
La prima seduta pubblica si terrà il giorno 8 ottobre 2027 alle ore 10:00.
Art. 6 – Chiarimenti
Le richieste di chiarimento devono essere inviate entro il 28 settembre 2027.
Art. 7 – Criterio di aggiudicazione
Offerta economicamente più vantaggiosa: offerta tecnica 80 punti, offerta economica 20 punti.
Il Responsabile Unico del Progetto
Ing. Marco Bellone
"#,
        title: "Lavori di riqualificazione energetica della scuola primaria Gianni Rodari",
        issuer: "Comune di Vallechiara",
        deadline: Some("2027-10-07"),
        time: Some("12:00"),
        budget: B::Headline(612_450.0),
        currency: Some("EUR"),
        traps: &[18_300.0, 900_000.0],
    },
    // A university department's request for a quote: protocol number and date, the
    // legal basis under the document type, "ore 13.00" with a dot, a specific turnover
    // floor, a technical sheet on page 2 and the director's signature.
    Fresh {
        id: "it-universita-preventivo",
        text: r#"=== page 1 ===
UNIVERSITÀ DEGLI STUDI DI ROCCABIANCA
DIPARTIMENTO DI FISICA E ASTRONOMIA

Prot. n. 2291 del 20/10/2027

RICHIESTA DI PREVENTIVO
ai sensi dell'art. 50 del d.lgs. 36/2023

Fornitura e installazione di un criostato a ciclo chiuso per misure di trasporto elettrico a bassa temperatura

Spett.le Operatore economico,
questo Dipartimento intende acquisire il bene descritto nella scheda tecnica allegata.
1) Importo
L'importo massimo stimato è di 95.000 euro, IVA esclusa.
2) Requisiti
Fatturato specifico per forniture analoghe negli ultimi tre anni pari ad almeno 150.000 euro.
3) Termine
Il preventivo dovrà pervenire entro le ore 13.00 del 15/11/2027 all'indirizzo PEC dipartimento.fisica@pec.roccabianca.example.it.
4) Informazioni
Per informazioni di carattere tecnico rivolgersi al prof. Luca Ferraris.
=== page 2 ===
Scheda tecnica
- temperatura minima non superiore a 2,5 K;
- campo magnetico fino a 9 T;
- portacampioni rotante su due assi;
- garanzia di 24 mesi.
- consegna e installazione entro 120 giorni dall'ordine;
Il Direttore del Dipartimento
Prof.ssa Giulia Serra
"#,
        title: "Fornitura e installazione di un criostato a ciclo chiuso per misure di trasporto elettrico a bassa temperatura",
        issuer: "Università degli Studi di Roccabianca|Dipartimento di Fisica e Astronomia",
        deadline: Some("2027-11-15"),
        time: Some("13:00"),
        budget: B::Headline(95_000.0),
        currency: Some("EUR"),
        traps: &[150_000.0],
    },
    // A banking foundation's call: the call's name and its subtitle, an index, an
    // eligibility ceiling on the applicant's budget, the whole envelope beside a
    // per-project range and a per-partner cap, a window "dal … al …", the place and
    // date of signature.
    Fresh {
        id: "it-fondazione-bando-dotazione",
        text: r#"Fondazione Cassa di Risparmio di Montelupo

BANDO CULTURA PARTECIPATA 2027
Sostegno a progetti culturali di comunità nei territori di Montelupo e della Val di Serchio

Indice
1. Finalità
2. Soggetti ammissibili
3. Risorse disponibili
4. Modalità e termini di presentazione

1. Finalità
La Fondazione intende sostenere progetti che coinvolgano attivamente i cittadini nella produzione culturale.
Saranno privilegiati i progetti rivolti ai giovani e alle persone anziane.
2. Soggetti ammissibili
Enti del Terzo settore con sede nei comuni del territorio di riferimento e con un bilancio annuo non superiore a 400.000 euro.
I progetti possono essere presentati in partenariato con scuole ed enti locali.
3. Risorse disponibili
La dotazione complessiva del bando è di 1.500.000 euro.
Ogni progetto può ricevere un contributo compreso tra 20.000 e 60.000 euro.
Ciascun partner non capofila può ricevere al massimo 15.000 euro.
Il contributo non può superare l'80 % del costo totale del progetto.
4. Modalità e termini di presentazione
Le domande si presentano online dal 10 marzo al 28 aprile 2027, entro le ore 17:00.
Non saranno ammesse domande inviate con altre modalità.
L'esito della valutazione sarà comunicato entro il 30 giugno 2027.
Per informazioni: bandi@fondazionecrmontelupo.example.it
Montelupo, 1 febbraio 2027
Il Presidente
Avv. Paolo Giuntini
"#,
        title: "Bando Cultura Partecipata 2027|Cultura Partecipata 2027|Sostegno a progetti culturali di comunità nei territori di Montelupo e della Val di Serchio",
        issuer: "Fondazione Cassa di Risparmio di Montelupo",
        deadline: Some("2027-04-28"),
        time: Some("17:00"),
        budget: B::Envelope(1_500_000.0),
        currency: Some("EUR"),
        traps: &[400_000.0, 15_000.0],
    },
    // --- German ---
    // A city's notice of a public tender as lettered items: the mayor under the city,
    // the place of the work in a district, a site visit and a questions date before
    // the deadline, the binding period after it, thresholds, no budget.
    Fresh {
        id: "de-stadt-bekanntmachung",
        text: r#"Amtsblatt der Stadt Lindenau, Ausgabe 17/2027
Stadt Lindenau
Der Oberbürgermeister
Zentrale Vergabestelle
Marktplatz 3, 04932 Lindenau
Telefon: 03421 000-0, E-Mail: vergabe@lindenau.example.de

Bekanntmachung
Öffentliche Ausschreibung nach § 9 UVgO

a) Öffentlicher Auftraggeber: Stadt Lindenau, Zentrale Vergabestelle, Marktplatz 3, 04932 Lindenau
b) Verfahrensart: Öffentliche Ausschreibung, Vergabenummer 2027-0193
c) Auftragsgegenstand: Unterhaltsreinigung des Rathauses, der Stadtbibliothek und der Grundschule am Park
d) Ort der Leistungserbringung: Lindenau, Landkreis Nordsachsen
e) Umfang: ca. 9.800 m² Reinigungsfläche, Vertragslaufzeit 01.01.2028 bis 31.12.2029
f) Eignung: Mindestjahresumsatz von 250.000 EUR in den letzten drei Geschäftsjahren; Betriebshaftpflichtversicherung mit einer Deckungssumme von mindestens 3.000.000 EUR
g) Besichtigung der Objekte: 14.09.2027, 9:00 Uhr, Treffpunkt Rathaus
h) Fragen zu den Vergabeunterlagen: bis 21.09.2027 über die Vergabeplattform
i) Ablauf der Angebotsfrist: 30.09.2027, 10:00 Uhr
j) Bindefrist: 30.11.2027
k) Zuschlagskriterien: Preis 60 %, Qualität des Reinigungskonzepts 40 %
l) Die Vergabeunterlagen stehen unter www.vergabe.lindenau.example.de zum Download bereit.
m) Nebenangebote sind nicht zugelassen.
n) Die Angebote sind ausschließlich elektronisch in Textform einzureichen.
o) Nachprüfungsstelle: Vergabekammer des Freistaates Sachsen, Braustraße 2, 04107 Leipzig
p) Sicherheitsleistungen werden nicht verlangt.
Lindenau, den 25.08.2027
Im Auftrag
gez. Hoffmann
Leiterin der Zentralen Vergabestelle
"#,
        title: "Unterhaltsreinigung des Rathauses, der Stadtbibliothek und der Grundschule am Park",
        issuer: "Stadt Lindenau",
        deadline: Some("2027-09-30"),
        time: Some("10:00"),
        budget: B::None,
        currency: None,
        traps: &[250_000.0, 3_000_000.0],
    },
    // A state ministry's specification for an evaluation: the unit under the
    // ministry, the document type, the title in typographic quotes, file number and
    // "Stand:" date, a table of contents, the EU fund named in passing, a delivery
    // date, a ceiling and a travel refund in narrow no-break spaces, questions first.
    Fresh {
        id: "de-ministerium-leistungsbeschreibung",
        text: r#"=== page 1 ===
Ministerium für Umwelt, Klima und Energie des Landes Nordmark
Referat 24 – Klimaschutzprogramme

Leistungsbeschreibung

Wissenschaftliche Evaluation des Förderprogramms „Klimafreundliche Kommunen 2030“

Aktenzeichen: 24-0813.5/2027
Stand: 12. Januar 2027

Inhalt
1 Ausgangslage
2 Ziele der Evaluation
3 Leistungen
4 Zeitplan und Budget
5 Angebotsabgabe
=== page 2 ===
1 Ausgangslage
Das Förderprogramm unterstützt Städte und Gemeinden bei der Erstellung und Umsetzung von Klimaschutzkonzepten.
Es wird aus Mitteln des Landes und des Europäischen Fonds für regionale Entwicklung finanziert.
2 Ziele der Evaluation
Die Evaluation soll die Wirkung der geförderten Maßnahmen auf die Treibhausgasemissionen der Kommunen bewerten.
3 Leistungen
Der Auftragnehmer befragt alle geförderten Kommunen, wertet die Förderdaten aus und legt einen Abschlussbericht vor.
4 Zeitplan und Budget
Die Leistung ist bis zum 30. November 2027 zu erbringen.
Für den Auftrag stehen höchstens 180 000 Euro (netto) zur Verfügung.
Reisekosten werden bis zu einer Höhe von 6 000 Euro gesondert erstattet.
5 Angebotsabgabe
Bieterfragen sind bis zum 22. Februar 2027 schriftlich an das Referat 24 zu richten.
Die Angebote sind bis zum 4. März 2027, 12:00 Uhr, elektronisch über die Vergabeplattform des Landes einzureichen.
"#,
        title: "Wissenschaftliche Evaluation des Förderprogramms Klimafreundliche Kommunen 2030",
        issuer: "Ministerium für Umwelt, Klima und Energie des Landes Nordmark",
        deadline: Some("2027-03-04"),
        time: Some("12:00"),
        budget: B::Headline(180_000.0),
        currency: Some("EUR"),
        traps: &[6_000.0],
    },
    // A Swiss foundation's call: "Ausschreibung 2027" above the programme's name in
    // guillemets, question headings, a per-project ceiling beside a per-partner
    // sub-ceiling and the call's whole budget, francs grouped by apostrophes, a
    // window "vom 1. April bis 31. Mai" and the closing time restated.
    Fresh {
        id: "de-ch-stiftung-ausschreibung",
        text: r#"Stiftung Alpenwasser
Bern

Ausschreibung 2027
Förderprogramm «Gewässer im Wandel»: Forschungs- und Umsetzungsprojekte zum Schutz alpiner Fliessgewässer

Worum es geht
Die Stiftung Alpenwasser fördert Projekte, die Wissenschaft und Praxis beim Schutz alpiner Bäche und Flüsse zusammenbringen.
Im Vordergrund stehen Massnahmen, die nach Projektende von Gemeinden oder Kantonen weitergeführt werden.
Die Projekte können in der ganzen Schweiz oder im angrenzenden Vorarlberg durchgeführt werden.
Wer ist antragsberechtigt?
Hochschulen, Forschungsanstalten und gemeinnützige Organisationen mit Sitz in der Schweiz.
Verbundprojekte mit Partnern aus Gemeinden und Kantonen sind erwünscht.
Privatpersonen und gewinnorientierte Unternehmen können nur als Partner beteiligt werden.
Finanzielles
Pro Projekt werden höchstens CHF 250'000 für eine Laufzeit von bis zu drei Jahren gewährt.
Pro Verbundpartner dürfen höchstens CHF 90'000 beantragt werden.
Das Gesamtbudget der Ausschreibung beträgt CHF 2'000'000.
Overheadkosten werden bis höchstens 10 % der direkten Projektkosten anerkannt.
Ablauf und Fristen
Projektskizzen können vom 1. April bis 31. Mai 2027 eingereicht werden.
Ausgewählte Teams werden bis Ende Juli 2027 zur Einreichung eines Vollantrags eingeladen.
Über die Förderung entscheidet der Stiftungsrat im Dezember 2027.
Bewertung
Ein externes Fachgremium bewertet die Skizzen nach wissenschaftlicher Qualität, Umsetzbarkeit und Nutzen für die Gewässer.
Einreichung
Die Skizze (höchstens fünf Seiten) wird über das Gesuchsportal der Stiftung eingereicht.
Eingabeschluss ist am 31. Mai 2027 um 23:59 Uhr.
Unvollständige Skizzen werden nicht berücksichtigt.
Kontakt: Dr. Andrea Caflisch, foerderung@alpenwasser.example.ch
"#,
        title: "Förderprogramm Gewässer im Wandel|Förderprogramm Gewässer im Wandel: Forschungs- und Umsetzungsprojekte zum Schutz alpiner Fliessgewässer",
        issuer: "Stiftung Alpenwasser",
        deadline: Some("2027-05-31"),
        time: Some("23:59"),
        budget: B::Headline(250_000.0),
        currency: Some("CHF"),
        traps: &[90_000.0],
    },
    // --- Other shapes ---
    // An HTML page's text: skip link, site name, navigation, breadcrumbs, cookie
    // banner, the notice with its "Closing:" line, the neighbouring regional district
    // in the scope, a bare "$" of a Canadian city, a documents list, footer links.
    Fresh {
        id: "html-city-bids-page",
        text: r#"Skip to main content
City of Cedar Bay
Home | Residents | Business | City Hall | Contact us
Search this site
Home > Business > Bids and Tenders > Open opportunities
This website uses cookies to improve your experience. By continuing to browse, you agree to our use of cookies.
Accept all cookies | Manage preferences
Request for Proposals: Street Lighting Maintenance and LED Conversion
Opportunity number: CB-RFP-2027-22
Status: Open
Published: June 1, 2027
Closing: June 30, 2027 2:00 PM Pacific Time
Description
The City of Cedar Bay invites proposals from qualified electrical contractors for the maintenance of about 3,400 streetlights and the conversion of 1,100 high-pressure sodium fixtures to LED over three years.
The work is located throughout the City and in the adjacent Cedar Bay Regional District parks.
Estimated contract value: $750,000 over the three-year term, excluding GST.
Proponents must hold a valid British Columbia electrical contractor licence and carry commercial general liability insurance of $5,000,000.
Documents
RFP document (PDF, 1.2 MB)
Appendix A – Fixture inventory (XLSX, 340 KB)
Addendum 1 (PDF, 90 KB) – posted June 12, 2027
Questions
Submit questions through the bidding portal by June 18, 2027. Answers will be posted as addenda.
Related links
Bid results
Supplier registration
Purchasing policy
© 2027 City of Cedar Bay. All rights reserved.
Privacy | Accessibility | Terms of use
Follow us on Facebook | Instagram | YouTube
"#,
        title: "Street Lighting Maintenance and LED Conversion",
        issuer: "City of Cedar Bay",
        deadline: Some("2027-06-30"),
        time: Some("14:00"),
        budget: B::Headline(750_000.0),
        currency: Some("CAD"),
        traps: &[5_000_000.0],
    },
    // A DOCX-style ToR: a "Document control" table naming the owning unit and the
    // approver, a version history of dated drafts, contents, a donor agency named in
    // passing, a ceiling in a narrow no-break space beside a daily-rate cap, "1600
    // Hrs CET on 1 st March".
    Fresh {
        id: "docx-tor-document-control",
        text: r#"=== page 1 ===
DANUBE SKILLS FOUNDATION
Terms of Reference
Final Evaluation of the Youth Employment Pathways Programme (2023–2027)

Document control
| Field | Value |
| Document owner | Monitoring, Evaluation and Learning Unit |
| Reference | DSF/MEL/ToR/2027/05 |
| Classification | Public |
| Approved by | Executive Director |
| Date of approval | 18 January 2027 |

Version history
| Version | Date | Author | Changes |
| 0.1 | 2 December 2026 | K. Horvath | First draft |
| 0.2 | 15 December 2026 | M. Ionescu | Comments from the programme team |
| 1.0 | 18 January 2027 | K. Horvath | Final version for publication |
=== page 2 ===
Contents
1. Background
2. Purpose and scope
3. Deliverables
4. Budget
5. Submission of proposals
1. Background
The Danube Skills Foundation runs the Youth Employment Pathways Programme in Serbia, Romania and Bulgaria, funded by the Swiss Agency for Development and Cooperation.
2. Purpose and scope
The evaluation will assess the programme's results against its logframe and draw lessons for a possible second phase.
3. Deliverables
An inception report, a field mission in the three countries, a draft and a final evaluation report.
4. Budget
The maximum budget for this assignment is EUR 85 000, all taxes and expenses included.
Daily rates above EUR 650 will not be accepted.
5. Submission of proposals
Proposals must be sent to procurement@danubeskills.example.org by 1600 Hrs CET on 1 st March 2027.
Clarification questions may be sent until 19 February 2027.
"#,
        title: "Final Evaluation of the Youth Employment Pathways Programme",
        issuer: "Danube Skills Foundation",
        deadline: Some("2027-03-01"),
        time: Some("16:00"),
        budget: B::Headline(85_000.0),
        currency: Some("EUR"),
        traps: &[650.0],
    },
    // An addendum whose substance is a table of original and revised dates: a
    // letterhead with a business number and a post box, "ADDENDUM No. 2" and
    // "Revised Request for Tender", the tender's number and name on one line, the
    // addendum's own date, a bare "$" of an Australian issuer in millions.
    Fresh {
        id: "addendum-dates-table",
        text: r#"Goldfields Regional Water Corporation
ABN 12 345 678 901
PO Box 88, Kalgoorlie WA 6430

ADDENDUM No. 2
Revised Request for Tender

Tender GRWC-T-2027-07: Supply and Installation of Solar-Powered Bore Pumps

Date of this addendum: 9 August 2027

This addendum forms part of the tender documents. Respondents must acknowledge receipt of it in their submission.
Respondents are advised of the following changes to the Request for Tender.
1. Change of dates
| Milestone | Original date | Revised date |
| Site inspection | 12 August 2027 | 19 August 2027 |
| Last day for questions | 20 August 2027 | 27 August 2027 |
| Tender closing time | 2:00 pm AWST, 3 September 2027 | 2:00 pm AWST, 17 September 2027 |
The tender box at the Corporation's Kalgoorlie office will no longer be used; all responses must be lodged through the tenders portal.
2. Budget
For the avoidance of doubt, the budget for this tender remains $1.2 million (GST exclusive).
3. Responses to questions
Q1. Can the pumps be supplied with a 48 V controller? A1. Yes, provided the controller meets Schedule 2.
Q2. Is attendance at the site inspection mandatory? A2. No, but it is strongly recommended.
4. Other changes
Clause 7.4 of the Conditions of Tender is deleted. All other terms remain unchanged.
Issued by the Contracts Officer on behalf of Goldfields Regional Water Corporation.
Jason Whitlock
Contracts Officer
Contact: tenders@grwc.example.com.au
"#,
        title: "Supply and Installation of Solar-Powered Bore Pumps",
        issuer: "Goldfields Regional Water Corporation",
        deadline: Some("2027-09-17"),
        time: Some("14:00"),
        budget: B::Headline(1_200_000.0),
        currency: Some("AUD"),
        traps: &[],
    },
];

#[test]
fn fresh_documents_miss_exactly_the_known_misses() {
    assert_fresh_misses("fresh fields probe 2", FRESH, KNOWN_MISSES);
}

#[test]
fn fresh_ids_are_unique_and_cover_the_six_languages() {
    assert_fresh_set(FRESH, true);
}
