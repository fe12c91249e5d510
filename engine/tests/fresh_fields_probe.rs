//! Fresh documents nobody tuned for (issue 34): title, issuer, submission deadline and
//! budget read from whole small tenders of our own, written before the engine's code
//! was read, as the genre lays them out: a letterhead and its address lines, reference
//! numbers, a cover naming the document's type, `=== page N ===` markers and running
//! headers, a table of contents, a timetable table, a signature block, a funder named
//! in passing, the place where the work happens, thresholds (turnover, insurance,
//! reserved lots, preferences), allowances beside the ceiling, a questions deadline
//! beside the submission deadline, a publication date and an opening date. Three
//! documents per language (en, fr, es, pt, it, de) in different genres (a city or
//! county RFP, a ministry's terms of reference, an NGO's or a foundation's call, a
//! university's RFQ, a grant programme's rules, a public works notice), and three
//! more: a bilingual French/English notice, a Markdown export whose every line is a
//! heading or bold, and an addendum that moves the deadline. Every sentence is
//! invented for this probe.
//!
//! Checks, each named `"<id> <check>"`, read as `rfp eval` reads an analysis:
//! - `title`, `issuer`: `extracted_data.<field>.value` names one of the expected names
//!   (separated by `|`) as the eval compares names (`probe/names.rs`);
//! - `deadline`: `summary.deadline`, else the `submission` entry of `deadlines`, is the
//!   date; `time`: that entry's time, where the document states one;
//! - `budget`: the headline (`budget.max`, else `budget.total.amount`) is the amount,
//!   or neither is given where the document states none; `currency`: `budget.currency`;
//! - `trap`: no trap amount (a threshold, an allowance, an insurance, a security) is
//!   the reported `min`, `max` or `total`.
//!
//! First score (written blind, before any engine code was read): 124/144 checks;
//! title 15/21, issuer 18/21, deadline 20/21 (time 18/20), budget 17/21 (currency
//! 16/19), traps 20/21.
//! After the shapes it showed were fixed: 137/144; title 17/21, issuer 21/21,
//! deadline 21/21 (time 20/20), budget 19/21 (currency 19/19), traps 20/21.
//! With the fixes of the second fresh probe: 139/144, title 19/21.
//! Now (a value with its renewals is the total; a project's stated total budget
//! outweighs a cap on one part of it): 142/144, budget 21/21, traps 21/21.
//! With the fixes of the third fresh probe (procedure words and a reference after
//! the kind of document name no subject): 143/144, title 20/21.
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
const KNOWN_MISSES: &[&str] = &["de-stadt-leistungsbeschreibung title"];

const FRESH: &[Fresh] = &[
    // --- English ---
    Fresh {
        id: "en-county-rfp",
        text: r"=== page 1 ===
COUNTY OF MARLOW HILLS
Department of Public Works
410 Courthouse Square, Suite 200
Alder Falls, OR 97999
Tel. (541) 555-0187

REQUEST FOR PROPOSALS
RFP No. PW-2027-14

STORMWATER ASSET CONDITION ASSESSMENT
AND MAPPING SERVICES

Issue date: January 11, 2027
Proposals due: February 25, 2027, 2:00 p.m. Pacific Time

=== page 2 ===
RFP PW-2027-14 Stormwater Asset Condition Assessment                      Page 2
TABLE OF CONTENTS
1. Introduction ........................................ 3
2. Schedule of Events .................................. 3
3. Scope of Work ....................................... 4
4. Proposal Format ..................................... 5
5. Insurance ........................................... 6
=== page 3 ===
RFP PW-2027-14 Stormwater Asset Condition Assessment                      Page 3
1. INTRODUCTION
The County of Marlow Hills (the County) invites qualified engineering firms to submit
proposals to inspect, rate and map roughly 140 miles of storm pipe and 3,200 catch basins
within the unincorporated area around Alder Falls and Pine Hollow.
This project is funded in part by a grant from the State Clean Water Revolving Fund.
2. SCHEDULE OF EVENTS
| Event | Date |
| RFP released | January 11, 2027 |
| Pre-proposal meeting (virtual) | January 20, 2027, 10:00 a.m. |
| Deadline for written questions | February 5, 2027, 5:00 p.m. |
| Answers posted as addendum | February 12, 2027 |
| Proposals due | February 25, 2027, 2:00 p.m. |
| Public opening of proposals | February 25, 2027, 2:30 p.m. |
| Anticipated award by Board | April 7, 2027 |
=== page 4 ===
RFP PW-2027-14 Stormwater Asset Condition Assessment                      Page 4
3. SCOPE OF WORK
3.1 The consultant shall perform CCTV inspection of pipes 12 inches and larger.
3.2 The consultant shall deliver GIS layers compatible with the County's ArcGIS Enterprise.
3.3 Compensation. The total contract amount shall not exceed $385,000, including all
reimbursable expenses. Mileage will be reimbursed within that amount at the federal rate.
=== page 5 ===
4. PROPOSAL FORMAT
Proposals shall not exceed 30 pages, excluding resumes.
5. INSURANCE
The consultant shall carry commercial general liability of $1,000,000 per occurrence and
$2,000,000 aggregate, and professional liability of $1,000,000 per claim.
Firms with fewer than 5 staff may request a waiver of the umbrella coverage of $5,000,000.

Issued by:
Rosa Delgado-Finch
Procurement Officer, County of Marlow Hills
",
        title: "Stormwater Asset Condition Assessment and Mapping Services",
        issuer: "County of Marlow Hills",
        deadline: Some("2027-02-25"),
        time: Some("14:00"),
        budget: B::Headline(385_000.0),
        currency: Some("USD"),
        traps: &[1_000_000.0, 2_000_000.0, 5_000_000.0],
    },
    Fresh {
        id: "en-ngo-call",
        text: r"Riverbend Community Foundation
Registered charity no. 1187766
Unit 4, The Old Tannery, Mill Lane, Harrowgate Bridge HB3 7QT

CALL FOR PROPOSALS 2027
Neighbourhood Food Resilience Grants

Opening date: 1 March 2027
Closing date: 12 noon, Wednesday 5 May 2027

About the programme
Thanks to a legacy from the late Margaret Osei and support from the National Lottery
Community Fund, we are able to offer grants to groups that help neighbours grow, share
and cook food together.
The programme has a total budget of £600,000 over two years.
How much you can apply for
Groups may apply for between £5,000 and £40,000 for projects lasting up to 18 months.
Volunteer expenses of up to £500 per volunteer per year may be included.
Who can apply
- constituted community groups, charities and social enterprises;
- with an annual income below £1 million in their latest accounts;
- working in the boroughs of Harrowgate, Stenfield or Lowmoor.
Who cannot apply
- individuals;
- statutory bodies such as schools or councils.
Timetable
Information webinar ............ 16 March 2027
Deadline for questions ......... 21 April 2027
Closing date ................... 5 May 2027, 12:00
Panel decisions ................ July 2027
How to apply
Complete the online form on our website and attach your latest accounts.
We cannot accept applications by post.

Contact: grants@riverbendcf.example | 01632 960 412
",
        title: "Neighbourhood Food Resilience Grants",
        issuer: "Riverbend Community Foundation",
        deadline: Some("2027-05-05"),
        time: Some("12:00"),
        budget: B::Headline(40_000.0),
        currency: Some("GBP"),
        traps: &[500.0, 1_000_000.0],
    },
    Fresh {
        id: "en-university-rfq",
        text: r"=== page 1 ===
NORTHFIELD STATE UNIVERSITY
Procurement Services | 1200 College Avenue | Northfield, MN 55999

REQUEST FOR QUOTATION
RFQ No. NSU-27-031

Supply, Delivery and Installation of Six Laboratory Fume Hoods
for the Hensley Chemistry Building

Date of issue: 18 January 2027
Buyer: Tomasz Wren, Senior Buyer (twren@northfield-state.example)

=== page 2 ===
NSU RFQ 27-031                                                                 2
1. Background
The Department of Chemistry is renovating two teaching laboratories on the third floor.
The equipment is purchased under National Science Foundation award CHE-2699001.
2. Requirements
2.1 Hoods must be certified to ASHRAE 110 and be 6 feet wide.
2.2 Installation must be completed before 30 June 2027.
2.3 Vendors must hold a performance bond equal to 10% of the quoted price.
3. Questions
Questions must be emailed to the buyer by 1 February 2027, 12:00 noon.
4. Submission of quotations
Quotations must be submitted through the eProcurement portal no later than
10:00 AM Central Time on Tuesday, 9 February 2027.
Quotations will be opened privately; no public opening will be held.
5. Notes
Under University policy, purchases above $50,000 require a formal sealed bid; this RFQ
follows the alternative procedure for sole-department purchases.
Vendors owned by small businesses with revenue under $7,500,000 receive a 5% preference.
Payment terms are net 30 days.
",
        title: "Supply, Delivery and Installation of Six Laboratory Fume Hoods",
        issuer: "Northfield State University",
        deadline: Some("2027-02-09"),
        time: Some("10:00"),
        budget: B::None,
        currency: None,
        traps: &[50_000.0, 7_500_000.0],
    },
    // --- French ---
    Fresh {
        id: "fr-tdr-ministere",
        text: r"=== page 1 ===
RÉPUBLIQUE DU SÉNÉGAL
Un Peuple – Un But – Une Foi
MINISTÈRE DE L'ENVIRONNEMENT ET DE LA TRANSITION ÉCOLOGIQUE
Direction des Eaux, Forêts, Chasses et de la Conservation des Sols
Projet de Gestion Durable des Forêts Sèches (PGDFS)

TERMES DE RÉFÉRENCE

RECRUTEMENT D'UN CONSULTANT INDIVIDUEL CHARGÉ DE L'ÉLABORATION
DU PLAN D'AMÉNAGEMENT DE LA FORÊT CLASSÉE DE KOUMPENTOUM

Financement : Association internationale de développement (IDA)
Réf. : PGDFS/2027/SC/007

Dakar, le 8 mars 2027
=== page 2 ===
PGDFS – TdR consultant plan d'aménagement                                  2/4
SOMMAIRE
1. Contexte .................................................. 2
2. Objectifs de la mission .................................. 2
3. Profil du consultant ..................................... 3
4. Durée et rémunération .................................... 3
5. Dépôt des candidatures ................................... 4
1. CONTEXTE
La forêt classée de Koumpentoum couvre environ 38 000 hectares dans la région de
Tambacounda. Le Projet, mis en œuvre par la Direction des Eaux et Forêts avec l'appui
de la Banque mondiale, soutient la gestion participative des massifs forestiers.
2. OBJECTIFS DE LA MISSION
Le consultant aura pour tâches de réaliser l'inventaire, de conduire les consultations
villageoises et de rédiger le plan d'aménagement sur dix ans.
=== page 3 ===
PGDFS – TdR consultant plan d'aménagement                                  3/4
3. PROFIL DU CONSULTANT
- diplôme d'ingénieur des eaux et forêts ou équivalent (Bac + 5) ;
- au moins dix ans d'expérience en aménagement forestier.
4. DURÉE ET RÉMUNÉRATION
La mission durera 90 jours calendaires répartis sur six mois.
Le budget prévisionnel de la mission est de 21 000 000 FCFA toutes taxes comprises.
Les frais de terrain seront couverts par une indemnité journalière de 35 000 FCFA.
=== page 4 ===
PGDFS – TdR consultant plan d'aménagement                                  4/4
5. DÉPÔT DES CANDIDATURES
Les demandes d'éclaircissements seront reçues jusqu'au 22 mars 2027.
Les dossiers de candidature doivent parvenir à l'adresse ci-dessous au plus tard
le mercredi 7 avril 2027 à 12 heures 30 (heure de Dakar), avec la mention
« Recrutement consultant plan d'aménagement – à n'ouvrir qu'en séance ».
Unité de Coordination du PGDFS, Route des Pères Maristes, Hann, Dakar.

Le Coordonnateur du Projet
Mamadou Lamine Ndiaye
",
        title: "Recrutement d'un consultant individuel chargé de l'élaboration du plan d'aménagement de la forêt classée de Koumpentoum",
        issuer: "Ministère de l'Environnement et de la Transition écologique|Direction des Eaux, Forêts, Chasses et de la Conservation des Sols|Projet de Gestion Durable des Forêts Sèches",
        deadline: Some("2027-04-07"),
        time: Some("12:30"),
        budget: B::Headline(21_000_000.0),
        currency: Some("XOF"),
        traps: &[35_000.0],
    },
    Fresh {
        id: "fr-ville-consultation",
        text: r"=== page 1 ===
VILLE DE SAINT-AUBIN-LES-PRÉS
Hôtel de Ville – 2, place de la Mairie – 49999 Saint-Aubin-les-Prés
Service de la commande publique

MARCHÉ PUBLIC DE SERVICES
Procédure adaptée (articles L2123-1 et R2123-1 du Code de la commande publique)

RÈGLEMENT DE LA CONSULTATION

Objet : Entretien des espaces verts et des cimetières communaux
Accord-cadre à bons de commande – Lot unique
Consultation n° 2027-SV-03

Date et heure limites de réception des offres :
vendredi 12 mars 2027 à 16h00
=== page 2 ===
Ville de Saint-Aubin-les-Prés – RC 2027-SV-03                            page 2
Article 1 – Objet et étendue de la consultation
La présente consultation porte sur l'entretien des 14 hectares d'espaces verts et des
deux cimetières de la commune, y compris le hameau de la Croix-Verte.
Article 2 – Montant
L'accord-cadre est conclu pour un montant maximum annuel de 240 000 € HT.
Article 3 – Conditions de participation
Les candidats justifient d'un chiffre d'affaires annuel d'au moins 400 000 € sur les
trois derniers exercices et d'une assurance responsabilité civile d'un montant minimal
de 1 500 000 € par sinistre.
Article 4 – Calendrier
| Étape | Date |
| Mise en ligne du dossier | 15 février 2027 |
| Visite des sites (facultative) | 24 février 2027 à 9h30 |
| Date limite des questions | 3 mars 2027 |
| Remise des offres | 12 mars 2027 à 16h00 |
=== page 3 ===
Ville de Saint-Aubin-les-Prés – RC 2027-SV-03                            page 3
Article 5 – Modalités de remise des offres
Les offres sont déposées sur le profil d'acheteur de la Ville. Les plis remis après la
date et l'heure limites ne seront pas ouverts.
Article 6 – Jugement des offres
Prix : 60 % ; valeur technique : 40 %.

Fait à Saint-Aubin-les-Prés, le 10 février 2027
Le Maire,
Hélène Marchand-Roux
",
        title: "Entretien des espaces verts et des cimetières communaux",
        issuer: "Ville de Saint-Aubin-les-Prés",
        deadline: Some("2027-03-12"),
        time: Some("16:00"),
        budget: B::Headline(240_000.0),
        currency: Some("EUR"),
        traps: &[400_000.0, 1_500_000.0],
    },
    Fresh {
        id: "fr-fonds-appel-propositions",
        text: r"FONDS RÉGIONAL POUR L'ENGAGEMENT JEUNESSE DU SAGUENAY
1450, boulevard Talbot, bureau 310
Chicoutimi (Québec)  G7H 9Z9

APPEL À PROJETS 2027-2028
« Jeunes bâtisseurs de communautés »
Guide du demandeur

Lancement de l'appel : 6 septembre 2027
Date limite de dépôt : 15 novembre 2027, 23 h 59

1. Présentation
Le Fonds soutient des initiatives conçues et menées par des jeunes de 15 à 29 ans dans
les municipalités de la région. Le programme reçoit une contribution du Secrétariat à la
jeunesse du gouvernement du Québec.
2. Enveloppe et aide financière
L'enveloppe totale disponible pour cet appel est de 900 000 $.
L'aide accordée par projet peut atteindre 60 000 $, pour une durée maximale de 24 mois.
Une contribution du milieu d'au moins 10 % du coût total est exigée.
3. Organismes admissibles
Les organismes à but non lucratif dont le budget annuel ne dépasse pas 2 000 000 $.
Les municipalités et les écoles ne sont pas admissibles à titre de demandeur principal.
4. Dépenses admissibles
- salaires et honoraires liés au projet ;
- frais de déplacement, jusqu'à 3 000 $ par projet ;
- matériel et location de salles.
5. Calendrier
Séance d'information en ligne : 20 septembre 2027
Dernier jour pour poser des questions : 1er novembre 2027
Date limite de dépôt : 15 novembre 2027 à 23 h 59
Annonce des résultats : février 2028
6. Dépôt
Les demandes sont transmises par le portail du Fonds. Aucune demande papier n'est acceptée.

Pour information : Julie Tremblay-Gagnon, conseillère aux programmes
",
        title: "Jeunes bâtisseurs de communautés|Appel à projets 2027-2028 Jeunes bâtisseurs de communautés",
        issuer: "Fonds régional pour l'engagement jeunesse du Saguenay",
        deadline: Some("2027-11-15"),
        time: Some("23:59"),
        budget: B::Headline(60_000.0),
        currency: Some("CAD"),
        traps: &[3_000.0, 2_000_000.0],
    },
    // --- Spanish ---
    Fresh {
        id: "es-pliego-ayuntamiento",
        text: r"=== page 1 ===
AYUNTAMIENTO DE VILLANUEVA DEL ROBLEDAL
Plaza de España, 1 – 44999 Villanueva del Robledal (Teruel)
Área de Contratación
Expediente: CONT-SERV 12/2027

PLIEGO DE CLÁUSULAS ADMINISTRATIVAS PARTICULARES QUE HA DE REGIR LA
CONTRATACIÓN, MEDIANTE PROCEDIMIENTO ABIERTO SIMPLIFICADO, DEL SERVICIO DE
LIMPIEZA DE LOS EDIFICIOS MUNICIPALES Y COLEGIOS PÚBLICOS

Actuación cofinanciada por el Fondo Europeo de Desarrollo Regional (FEDER)
=== page 2 ===
Expte. CONT-SERV 12/2027 – PCAP limpieza                                     Pág. 2
ÍNDICE
Cláusula 1. Objeto del contrato .................................. 2
Cláusula 2. Presupuesto base de licitación ....................... 2
Cláusula 3. Solvencia ............................................ 3
Cláusula 4. Plazo y lugar de presentación ........................ 3
CLÁUSULA 1. OBJETO DEL CONTRATO
Es objeto del contrato la limpieza diaria de la Casa Consistorial, la biblioteca, el
pabellón polideportivo y los colegios públicos Virgen del Carmen y San Roque.
CLÁUSULA 2. PRESUPUESTO BASE DE LICITACIÓN
El presupuesto base de licitación asciende a 180.000,00 euros, IVA excluido, para los
dos años de duración inicial. El valor estimado del contrato, incluidas las posibles
prórrogas, es de 360.000,00 euros.
=== page 3 ===
Expte. CONT-SERV 12/2027 – PCAP limpieza                                     Pág. 3
CLÁUSULA 3. SOLVENCIA
Económica: volumen anual de negocios igual o superior a 270.000 euros en alguno de los
tres últimos ejercicios.
Seguro de responsabilidad civil por importe mínimo de 600.000 euros.
CLÁUSULA 4. PLAZO Y LUGAR DE PRESENTACIÓN
Las proposiciones se presentarán a través de la Plataforma de Contratación del Sector
Público. El plazo de presentación finalizará a las 14:00 horas del día 22 de marzo
de 2027. Las consultas podrán formularse hasta el 15 de marzo de 2027.
La apertura del sobre electrónico tendrá lugar el 25 de marzo de 2027 a las 10:00.

En Villanueva del Robledal, a 1 de marzo de 2027.
EL ALCALDE-PRESIDENTE
Fdo.: Jesús Manuel Ibáñez Serrano
",
        title: "Servicio de limpieza de los edificios municipales y colegios públicos",
        issuer: "Ayuntamiento de Villanueva del Robledal",
        deadline: Some("2027-03-22"),
        time: Some("14:00"),
        budget: B::Headline(180_000.0),
        currency: Some("EUR"),
        traps: &[270_000.0, 600_000.0],
    },
    Fresh {
        id: "es-tdr-consultoria",
        text: r"REPÚBLICA DE COLOMBIA
MINISTERIO DE AGRICULTURA Y DESARROLLO RURAL
Programa de Inclusión Productiva Rural – Préstamo BID 5123/OC-CO

TÉRMINOS DE REFERENCIA
CONSULTORÍA PARA LA EVALUACIÓN FINAL DEL PROGRAMA DE INCLUSIÓN PRODUCTIVA RURAL
Proceso SBCC-MADR-004-2027

Bogotá D.C., 3 de abril de 2027

1. ANTECEDENTES
El Programa, financiado por el Banco Interamericano de Desarrollo, apoya a 12.000
familias productoras en los departamentos de Nariño, Cauca y Huila.
2. OBJETIVO
Evaluar la eficacia, eficiencia y sostenibilidad de los resultados del Programa.
3. ALCANCE Y PRODUCTOS
a) informe de inicio con la metodología;
b) informe de trabajo de campo;
c) informe final y resumen ejecutivo.
4. PERFIL DE LA FIRMA
La firma deberá acreditar al menos cinco evaluaciones de programas de desarrollo rural
y un patrimonio líquido no inferior a USD 150.000.
5. PRESUPUESTO
El presupuesto máximo disponible para la consultoría es de USD 95.000, incluidos
impuestos. Los gastos de viaje al terreno se reconocen dentro de este monto hasta
USD 8.000.
6. CRONOGRAMA DEL PROCESO
| Actividad | Fecha |
| Publicación | 3 de abril de 2027 |
| Plazo para solicitar aclaraciones | 19 de abril de 2027 |
| Presentación de expresiones de interés y propuestas | 10 de mayo de 2027, 17:00 horas |
| Evaluación | 11 al 24 de mayo de 2027 |
7. PRESENTACIÓN
Las propuestas se enviarán al correo adquisiciones@madr-pipr.example hasta las 17:00 horas
(hora de Bogotá) del lunes 10 de mayo de 2027.

Coordinación General del Programa
",
        title: "Consultoría para la evaluación final del Programa de Inclusión Productiva Rural",
        issuer: "Ministerio de Agricultura y Desarrollo Rural",
        deadline: Some("2027-05-10"),
        time: Some("17:00"),
        budget: B::Headline(95_000.0),
        currency: Some("USD"),
        traps: &[150_000.0, 8_000.0],
    },
    Fresh {
        id: "es-convocatoria-universidad",
        text: r"UNIVERSIDAD DE LAS SIERRAS DEL SUR
Vicerrectorado de Investigación y Transferencia

RESOLUCIÓN DE 14 DE ENERO DE 2027 POR LA QUE SE CONVOCAN AYUDAS PARA
PROYECTOS DE INVESTIGACIÓN DE JÓVENES DOCTORES – CONVOCATORIA 2027

Primero. Objeto
Se convocan ayudas para proyectos de investigación dirigidos por personal doctor que
haya obtenido el título en los últimos siete años.
Segundo. Financiación
La dotación total de la convocatoria es de 300.000 euros, con cargo a la aplicación
presupuestaria 18.04.541A, y cuenta con el apoyo de la Junta de Andalucía.
Tercero. Cuantía
Cada proyecto podrá recibir una ayuda máxima de 15.000 euros para dos anualidades.
Se podrán imputar gastos de desplazamiento de hasta 1.200 euros por anualidad.
Cuarto. Requisitos
a) Tener vinculación con la Universidad durante todo el periodo de ejecución.
b) No haber sido investigador principal de un proyecto nacional.
Quinto. Plazo de solicitud
Las solicitudes podrán presentarse desde el 1 de febrero hasta el 3 de marzo de 2027,
ambos inclusive, a través de la sede electrónica de la Universidad.
Sexto. Evaluación
La Comisión de Investigación valorará las solicitudes antes del 30 de abril de 2027.
Séptimo. Resolución
La resolución de concesión se publicará en el tablón electrónico oficial y pondrá fin a
la vía administrativa. Contra ella cabe recurso potestativo de reposición en el plazo
de un mes.

Jaén, 14 de enero de 2027
LA VICERRECTORA DE INVESTIGACIÓN Y TRANSFERENCIA
Carmen Ruiz Olmedo
",
        title: "Ayudas para proyectos de investigación de jóvenes doctores – Convocatoria 2027",
        issuer: "Universidad de las Sierras del Sur",
        deadline: Some("2027-03-03"),
        time: None,
        budget: B::Headline(15_000.0),
        currency: Some("EUR"),
        traps: &[1_200.0],
    },
    // --- Portuguese ---
    Fresh {
        id: "pt-edital-prefeitura",
        text: r"=== page 1 ===
ESTADO DE MINAS GERAIS
PREFEITURA MUNICIPAL DE SANTA LUZIA DO PARAOPEBA
Secretaria Municipal de Administração – Departamento de Licitações
CNPJ 99.999.999/0001-99 – Rua Coronel Faria, 210 – Centro

EDITAL DE PREGÃO ELETRÔNICO Nº 045/2027
PROCESSO ADMINISTRATIVO Nº 311/2027
TIPO: MENOR PREÇO POR LOTE

OBJETO: Registro de preços para aquisição de gêneros alimentícios destinados à
merenda escolar da rede municipal de ensino.

Recebimento das propostas: até às 08h59 do dia 15/04/2027
Abertura da sessão pública: às 09h00 do dia 15/04/2027
Local: www.portaldecompras.example
=== page 2 ===
Pregão Eletrônico 045/2027                                                folha 2
1. DO OBJETO
1.1. A presente licitação tem por objeto o registro de preços descrito no Termo de
Referência (Anexo I), com recursos do Programa Nacional de Alimentação Escolar – PNAE/FNDE.
2. DO VALOR ESTIMADO
2.1. O valor total estimado da contratação é de R$ 1.250.000,00 (um milhão, duzentos e
cinquenta mil reais).
3. DA PARTICIPAÇÃO
3.1. Os lotes cujo valor seja inferior a R$ 80.000,00 são reservados a microempresas e
empresas de pequeno porte.
3.2. Será exigido capital social mínimo de R$ 125.000,00.
4. DOS PEDIDOS DE ESCLARECIMENTO
4.1. Os pedidos de esclarecimento serão recebidos até 3 (três) dias úteis antes da data
da sessão, ou seja, até 09/04/2027.
=== page 3 ===
Pregão Eletrônico 045/2027                                                folha 3
5. DA ENTREGA
5.1. Os gêneros serão entregues nas escolas da sede e dos distritos de Pedra Branca e
Capão Alto.

Santa Luzia do Paraopeba, 30 de março de 2027.
Ana Cláudia Fonseca
Pregoeira Oficial
",
        title: "Registro de preços para aquisição de gêneros alimentícios destinados à merenda escolar da rede municipal de ensino|Pregão Eletrônico nº 045/2027",
        issuer: "Prefeitura Municipal de Santa Luzia do Paraopeba",
        deadline: Some("2027-04-15"),
        time: Some("08:59"),
        budget: B::Headline(1_250_000.0),
        currency: Some("BRL"),
        traps: &[80_000.0, 125_000.0],
    },
    Fresh {
        id: "pt-caderno-encargos",
        text: r"MUNICÍPIO DE VILA NOVA DE ALVAIÁZERE
Câmara Municipal
Divisão de Contratação Pública

CONCURSO PÚBLICO N.º 7/2027
AQUISIÇÃO DE SERVIÇOS DE MANUTENÇÃO PREVENTIVA E CORRETIVA DE ELEVADORES
E PLATAFORMAS ELEVATÓRIAS DOS EDIFÍCIOS MUNICIPAIS

PROGRAMA DO PROCEDIMENTO E CADERNO DE ENCARGOS

Índice
Artigo 1.º – Objeto ................................................ 1
Artigo 2.º – Preço base ............................................ 1
Artigo 3.º – Prazo para apresentação das propostas ................. 2
Artigo 4.º – Habilitação ........................................... 2

Artigo 1.º – Objeto
O presente procedimento tem por objeto a manutenção de 23 elevadores e 4 plataformas
instalados nos Paços do Concelho, na biblioteca municipal e nas escolas básicas.
Artigo 2.º – Preço base
1 – O preço base do procedimento é de 96.000,00 € (noventa e seis mil euros), ao qual
acresce o IVA à taxa legal em vigor, para três anos.
2 – O preço anormalmente baixo é fixado em valores inferiores a 60.000,00 €.
Artigo 3.º – Prazo para apresentação das propostas
1 – As propostas são apresentadas na plataforma eletrónica até às 17h00 do dia 8 de
junho de 2027.
2 – Os esclarecimentos podem ser pedidos no primeiro terço do prazo fixado.
Artigo 4.º – Habilitação
O adjudicatário apresenta apólice de seguro de responsabilidade civil com capital
mínimo de 500.000,00 €.

Paços do Concelho, 12 de maio de 2027
O Presidente da Câmara Municipal
(assinatura digital)
Rui Manuel Teixeira Lopes
",
        title: "Aquisição de serviços de manutenção preventiva e corretiva de elevadores e plataformas elevatórias dos edifícios municipais",
        issuer: "Município de Vila Nova de Alvaiázere|Câmara Municipal de Vila Nova de Alvaiázere",
        deadline: Some("2027-06-08"),
        time: Some("17:00"),
        budget: B::Headline(96_000.0),
        currency: Some("EUR"),
        traps: &[60_000.0, 500_000.0],
    },
    Fresh {
        id: "pt-ong-chamada",
        text: r"=== page 1 ===
ASSOCIAÇÃO MOÇAMBICANA PARA O DESENVOLVIMENTO COMUNITÁRIO (AMODEC)
Av. Eduardo Mondlane, n.º 1999, Maputo – Moçambique

CHAMADA PARA PROPOSTAS N.º 02/AMODEC/2027
Subvenções a organizações de base comunitária para a gestão de água e saneamento
nas províncias de Nampula e Cabo Delgado

Projecto financiado pela União Europeia
=== page 2 ===
AMODEC – Chamada 02/2027                                              Página 2 de 3
1. Enquadramento
A AMODEC implementa, com fundos da União Europeia e em parceria com os governos
distritais, um projecto de acesso à água em 40 comunidades rurais.
2. Montante disponível
O montante global destinado a esta chamada é de 12.000.000,00 MZN.
Cada subvenção terá um valor máximo de 1.500.000,00 MZN e um valor mínimo de
400.000,00 MZN.
3. Elegibilidade
- organizações registadas há pelo menos dois anos;
- orçamento anual inferior a 5.000.000,00 MZN;
- presença comprovada no distrito de intervenção.
4. Calendário
| Actividade | Data |
| Lançamento da chamada | 2 de agosto de 2027 |
| Sessão de esclarecimento | 12 de agosto de 2027 |
| Prazo para perguntas | 20 de agosto de 2027 |
| Prazo de submissão | 31 de agosto de 2027, 15h30 |
=== page 3 ===
AMODEC – Chamada 02/2027                                              Página 3 de 3
5. Submissão
As propostas devem ser entregues em envelope fechado na sede da AMODEC ou enviadas por
correio electrónico até às 15h30 do dia 31 de agosto de 2027.

Maputo, 2 de agosto de 2027
A Directora Executiva
Lurdes Mabunda
",
        title: "Subvenções a organizações de base comunitária para a gestão de água e saneamento nas províncias de Nampula e Cabo Delgado",
        issuer: "Associação Moçambicana para o Desenvolvimento Comunitário",
        deadline: Some("2027-08-31"),
        time: Some("15:30"),
        budget: B::Headline(1_500_000.0),
        currency: Some("MZN"),
        traps: &[5_000_000.0],
    },
    // --- Italian ---
    Fresh {
        id: "it-capitolato-comune",
        text: r"=== page 1 ===
COMUNE DI SAN MARTINO IN VALLEFONDA
Provincia di Cuneo
Area Servizi alla Persona – Ufficio Istruzione
Piazza Vittorio Veneto 3 – 12999 San Martino in Vallefonda

CAPITOLATO SPECIALE D'APPALTO

SERVIZIO DI TRASPORTO SCOLASTICO PER GLI ANNI SCOLASTICI 2027/2028 – 2029/2030

CIG: A0B1C2D3E4 – CUP: J99I27000000004
=== page 2 ===
Comune di San Martino in Vallefonda – Capitolato trasporto scolastico          pag. 2
Art. 1 – Oggetto dell'appalto
L'appalto ha per oggetto il trasporto degli alunni della scuola primaria e secondaria
di primo grado dalle frazioni di Borgata Alta, Ronchi e Pian del Lupo.
Art. 2 – Importo dell'appalto
L'importo complessivo a base di gara è di € 450.000,00, oltre IVA, di cui € 4.500,00
per oneri della sicurezza non soggetti a ribasso.
Art. 3 – Requisiti di partecipazione
Fatturato globale minimo annuo nel triennio non inferiore a € 600.000,00.
Copertura assicurativa RCA con massimale non inferiore a € 10.000.000,00 per sinistro.
Art. 4 – Termini
| Adempimento | Termine |
| Richieste di chiarimento | entro il 9 aprile 2027 |
| Termine di presentazione delle offerte | ore 12:00 del 20 aprile 2027 |
| Prima seduta pubblica | ore 10:00 del 22 aprile 2027 |
=== page 3 ===
Art. 5 – Modalità di presentazione
Le offerte devono pervenire esclusivamente tramite la piattaforma telematica del Comune
entro le ore 12:00 del giorno 20 aprile 2027, pena l'esclusione.
Il servizio è finanziato in parte con contributo della Regione Piemonte.

Il Responsabile Unico del Progetto
dott.ssa Giulia Ferrero
",
        title: "Servizio di trasporto scolastico per gli anni scolastici 2027/2028 – 2029/2030",
        issuer: "Comune di San Martino in Vallefonda",
        deadline: Some("2027-04-20"),
        time: Some("12:00"),
        budget: B::Headline(450_000.0),
        currency: Some("EUR"),
        traps: &[4_500.0, 600_000.0, 10_000_000.0],
    },
    Fresh {
        id: "it-universita-rdo",
        text: r"UNIVERSITÀ DEGLI STUDI DI MONTEVERDE
Dipartimento di Scienze Biomediche
Via dei Chiostri 18 – 06999 Monteverde (PG)

AVVISO PUBBLICO DI INDAGINE DI MERCATO
finalizzato all'affidamento della fornitura di un microscopio confocale a scansione laser
con sistema di imaging per cellule vive

Prot. n. 2231 del 14/04/2027

Premesse
Il Dipartimento intende acquisire lo strumento nell'ambito del progetto finanziato
dall'Unione europea – NextGenerationEU, Missione 4, Componente 2.
1. Importo
L'importo massimo stimato della fornitura è di € 210.000,00 IVA esclusa, comprensivo di
installazione, formazione e garanzia di 36 mesi.
2. Requisiti
Gli operatori economici devono aver eseguito nell'ultimo triennio forniture analoghe per
un importo complessivo non inferiore a € 300.000,00.
3. Modalità e termine di presentazione
Le manifestazioni di interesse dovranno pervenire via PEC all'indirizzo
dsb.monteverde@pec.example entro e non oltre le ore 13:00 del giorno 5 maggio 2027.
Quesiti possono essere inviati fino al 28 aprile 2027.
4. Informazioni
Il presente avviso non vincola in alcun modo l'Amministrazione.
Lo strumento sarà installato presso il laboratorio di imaging, piano terra, edificio C.
I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679.
Responsabile del procedimento: prof. Stefano Corradini

Il Direttore del Dipartimento
prof.ssa Laura Benedetti
",
        title: "Fornitura di un microscopio confocale a scansione laser con sistema di imaging per cellule vive",
        issuer: "Università degli Studi di Monteverde|Dipartimento di Scienze Biomediche",
        deadline: Some("2027-05-05"),
        time: Some("13:00"),
        budget: B::Headline(210_000.0),
        currency: Some("EUR"),
        traps: &[300_000.0],
    },
    Fresh {
        id: "it-bando-fondazione",
        text: r"FONDAZIONE CASSA DI RISPARMIO DI VALDORA
Settore Welfare e Comunità

BANDO 2027
COMUNITÀ CHE INCLUDONO
Progetti per l'autonomia delle persone con disabilità

Scadenza: 15 giugno 2027, ore 17:00

1. Finalità
La Fondazione sostiene progetti che favoriscano l'abitare autonomo, il lavoro e il tempo
libero delle persone con disabilità residenti nella provincia di Valdora.
2. Risorse disponibili
Lo stanziamento complessivo del bando è pari a 1.000.000 di euro.
Il contributo richiesto non può superare 50.000 euro per progetto né l'80% del costo
totale.
3. Soggetti ammissibili
Enti del Terzo settore con sede operativa in provincia e bilancio annuo non superiore a
2 milioni di euro. Le cooperative sociali possono partecipare in partenariato.
4. Spese ammissibili
Sono ammesse spese di personale, attrezzature e piccoli lavori di adeguamento, questi
ultimi fino a 10.000 euro.
5. Presentazione delle domande
Le domande vanno compilate esclusivamente on line sulla piattaforma ROL della
Fondazione entro le ore 17:00 del 15 giugno 2027.
6. Valutazione ed esito
Gli esiti saranno pubblicati entro il 30 settembre 2027.

Valdora, 10 marzo 2027
Il Presidente
avv. Marco Tessitore
",
        title: "Comunità che includono|Bando 2027 Comunità che includono",
        issuer: "Fondazione Cassa di Risparmio di Valdora",
        deadline: Some("2027-06-15"),
        time: Some("17:00"),
        budget: B::Headline(50_000.0),
        currency: Some("EUR"),
        traps: &[2_000_000.0, 10_000.0],
    },
    // --- German ---
    Fresh {
        id: "de-stadt-leistungsbeschreibung",
        text: r"=== page 1 ===
Stadt Lindenau an der Wehre
Der Oberbürgermeister
Zentrale Vergabestelle
Marktplatz 1, 99999 Lindenau an der Wehre

Vergabenummer: ZV-2027-0418
Öffentliche Ausschreibung nach UVgO

LEISTUNGSBESCHREIBUNG

Unterhaltsreinigung der städtischen Grundschulen und Kindertagesstätten
für den Zeitraum 01.08.2027 bis 31.07.2030

=== page 2 ===
Stadt Lindenau – ZV-2027-0418 – Leistungsbeschreibung                     Seite 2
Inhaltsverzeichnis
1 Gegenstand der Leistung ............................................ 2
2 Fristen ............................................................ 2
3 Eignung ............................................................ 3
1 Gegenstand der Leistung
Zu reinigen sind vier Grundschulen und drei Kindertagesstätten mit insgesamt rund
21.000 m² Reinigungsfläche in den Ortsteilen Oberau und Kleinwehre.
2 Fristen
| Vorgang | Termin |
| Bieterfragen bis | 05.03.2027 |
| Ablauf der Angebotsfrist | 18.03.2027, 10:00 Uhr |
| Öffnung der Angebote | 18.03.2027, 10:15 Uhr |
| Bindefrist | 30.05.2027 |
=== page 3 ===
Stadt Lindenau – ZV-2027-0418 – Leistungsbeschreibung                     Seite 3
3 Eignung
Der Bieter muss einen durchschnittlichen Jahresumsatz von mindestens 400.000 EUR in den
letzten drei Geschäftsjahren nachweisen.
Eine Betriebshaftpflichtversicherung mit einer Deckungssumme von mindestens
3.000.000 EUR für Personen- und Sachschäden ist nachzuweisen.
Aufträge unter 25.000 EUR netto können freihändig vergeben werden; dies gilt hier nicht.

Lindenau an der Wehre, den 15.02.2027
Im Auftrag
gez. Petra Hohlfeld
Sachgebietsleiterin Vergabe
",
        title: "Unterhaltsreinigung der städtischen Grundschulen und Kindertagesstätten",
        issuer: "Stadt Lindenau an der Wehre",
        deadline: Some("2027-03-18"),
        time: Some("10:00"),
        budget: B::None,
        currency: None,
        traps: &[400_000.0, 3_000_000.0, 25_000.0],
    },
    Fresh {
        id: "de-ministerium-angebot",
        text: r"Ministerium für Klimaschutz, Umwelt und Landwirtschaft
des Landes Nordwestfalen
Referat 24 – Gewässerschutz
Postfach 10 99 99, 40999 Bergstadt

Aktenzeichen: 24-62.10/2027-003

Aufforderung zur Abgabe eines Angebots

Gutachten zur Nährstoffbelastung kleiner Fließgewässer im Einzugsgebiet der Lenne

Sehr geehrte Damen und Herren,
das Ministerium beabsichtigt, ein wissenschaftliches Gutachten zu vergeben, und fordert
Sie hiermit zur Abgabe eines Angebots auf.
1. Leistungsumfang
Messkampagne an 35 Probestellen, Auswertung der Daten des Landesamts und Empfehlungen
für Maßnahmen nach der Wasserrahmenrichtlinie.
2. Auftragswert
Für den Auftrag stehen Haushaltsmittel von höchstens 85.000 Euro (netto) zur Verfügung.
Die Mittel stammen teilweise aus dem Europäischen Landwirtschaftsfonds (ELER).
Reisekosten sind im Angebotspreis enthalten; eine Tagespauschale von 28 Euro wird nicht
gesondert erstattet.
3. Fristen
Fragen zum Verfahren richten Sie bitte bis zum 2. April 2027 schriftlich an die Vergabestelle.
Ihr Angebot muss bis spätestens 12. April 2027, 12:00 Uhr, über die Vergabeplattform
eingegangen sein. Verspätete Angebote werden nicht berücksichtigt.
4. Zuschlagskriterien
Preis 40 %, fachlicher Wert 60 %.

Mit freundlichen Grüßen
Im Auftrag
Dr. Konrad Behrens
",
        title: "Gutachten zur Nährstoffbelastung kleiner Fließgewässer im Einzugsgebiet der Lenne",
        issuer: "Ministerium für Klimaschutz, Umwelt und Landwirtschaft des Landes Nordwestfalen",
        deadline: Some("2027-04-12"),
        time: Some("12:00"),
        budget: B::Headline(85_000.0),
        currency: Some("EUR"),
        traps: &[28.0],
    },
    Fresh {
        id: "de-stiftung-foerderaufruf",
        text: r"=== page 1 ===
Stiftung Bergwald Zukunft
Bahnhofstrasse 12
CH-7999 Sertig Dorf

Förderaufruf 2027
Klimaangepasste Schutzwaldpflege in Berggemeinden

Richtlinien für die Gesuchstellung
=== page 2 ===
Stiftung Bergwald Zukunft – Förderaufruf 2027                                  2
1. Ziel
Die Stiftung unterstützt Projekte, welche die Schutzwirkung der Bergwälder gegen
Steinschlag und Lawinen langfristig sichern. Der Aufruf wird vom Bundesamt für Umwelt
mitgetragen.
2. Beiträge
Pro Projekt werden höchstens CHF 80'000 ausgerichtet. Die gesamte Fördersumme des
Aufrufs beträgt CHF 640'000.
Reisekosten werden bis CHF 2'000 pro Projekt angerechnet.
3. Wer kann ein Gesuch stellen?
Gemeinden, Forstbetriebe und Korporationen im Berggebiet mit einem Jahresbudget unter
CHF 3 Mio.
4. Termine
Fragen an die Geschäftsstelle: bis 15. September 2027
Eingabeschluss für vollständige Gesuche: 30. September 2027, 17.00 Uhr
Entscheid des Stiftungsrates: Dezember 2027
5. Einreichung
Gesuche sind elektronisch an gesuche@bergwald-zukunft.example zu senden.
Beizulegen sind ein Projektbeschrieb von höchstens acht Seiten, ein Budget und ein
Situationsplan im Massstab 1:25'000.
Für Auskünfte: Andrea Caflisch, Geschäftsführerin
",
        title: "Klimaangepasste Schutzwaldpflege in Berggemeinden|Förderaufruf 2027 Klimaangepasste Schutzwaldpflege in Berggemeinden",
        issuer: "Stiftung Bergwald Zukunft",
        deadline: Some("2027-09-30"),
        time: Some("17:00"),
        budget: B::Headline(80_000.0),
        currency: Some("CHF"),
        traps: &[2_000.0, 3_000_000.0],
    },
    // --- A bilingual notice, a Markdown export, an addendum ---
    Fresh {
        id: "bi-avis-appel-offres",
        text: r"=== page 1 ===
RÉPUBLIQUE DU CAMEROUN                              REPUBLIC OF CAMEROON
Paix – Travail – Patrie                             Peace – Work – Fatherland
MINISTÈRE DES TRAVAUX PUBLICS                       MINISTRY OF PUBLIC WORKS
Délégation régionale du Nord-Ouest                  North West Regional Delegation

AVIS D'APPEL D'OFFRES NATIONAL OUVERT
N° 014/AONO/MINTP/DRNO/CIPM/2027 DU 02 MARS 2027
POUR LES TRAVAUX DE RÉHABILITATION DE LA ROUTE BAMENDA – BAFUT (12 KM)

OPEN NATIONAL INVITATION TO TENDER
No. 014/ONIT/MINTP/NWRD/CIPM/2027 OF 02 MARCH 2027
FOR THE REHABILITATION WORKS OF THE BAMENDA – BAFUT ROAD (12 KM)

1. Objet / Subject
Le Délégué régional des Travaux publics du Nord-Ouest lance un appel d'offres pour la
réhabilitation de la route Bamenda – Bafut.
The Regional Delegate of Public Works for the North West invites tenders for the
rehabilitation of the Bamenda – Bafut road.
2. Financement / Financing
Les travaux sont financés par le Budget d'Investissement Public, exercice 2027.
The works are financed by the 2027 Public Investment Budget.
3. Coût prévisionnel / Estimated cost
Le coût prévisionnel des travaux est de 850 000 000 FCFA TTC.
The estimated cost of the works is 850 000 000 CFA francs, all taxes included.
=== page 2 ===
4. Cautionnement provisoire / Bid bond
Chaque soumission doit être accompagnée d'un cautionnement de 17 000 000 FCFA.
Each bid shall include a bid bond of 17 000 000 CFA francs.
5. Chiffre d'affaires / Turnover
Chiffre d'affaires moyen des trois dernières années d'au moins 1 200 000 000 FCFA.
Average turnover over the last three years of at least 1 200 000 000 CFA francs.
6. Remise des offres / Submission of bids
Les offres seront déposées au plus tard le 06 avril 2027 à 12 heures, heure locale.
Bids shall be submitted not later than 06 April 2027 at 12 noon, local time.
7. Ouverture des plis / Opening of bids
L'ouverture aura lieu le 06 avril 2027 à 13 heures. / Opening: 06 April 2027 at 1 p.m.

Bamenda, le 02 mars 2027 / Bamenda, 02 March 2027
Le Délégué régional / The Regional Delegate
",
        title: "Travaux de réhabilitation de la route Bamenda – Bafut (12 km)|Rehabilitation works of the Bamenda – Bafut road (12 km)|Avis d'appel d'offres national ouvert pour les travaux de réhabilitation de la route Bamenda – Bafut",
        issuer: "Ministère des Travaux publics|Ministry of Public Works|Délégation régionale du Nord-Ouest",
        deadline: Some("2027-04-06"),
        time: Some("12:00"),
        budget: B::Headline(850_000_000.0),
        currency: Some("XAF"),
        traps: &[17_000_000.0, 1_200_000_000.0],
    },
    Fresh {
        id: "md-export-rfp",
        text: r"# HARBOR ARTS COUNCIL
**1450 Wharf Street, Port Selden, WA 98999**
**www.harborarts.example**
# REQUEST FOR PROPOSALS
## Website Redesign, Accessibility Audit and Hosting
**RFP #HAC-2027-02**
**Release date: December 14, 2026**
### 1. Overview
**The Harbor Arts Council, a nonprofit arts agency, seeks a web studio to rebuild its website.**
**The project is supported by a capacity grant from the Pacific Cultural Trust.**
### 2. Schedule
**Questions due: January 8, 2027, 5:00 PM PT**
**Proposals due: January 29, 2027, 5:00 PM PT**
**Finalist interviews: week of February 15, 2027**
**Contract start: March 1, 2027**
### 3. Budget
**The total project budget is $48,000, including the first year of hosting.**
**Hosting after year one should be quoted separately and not exceed $2,400 per year.**
### 4. Scope
**- Content migration of about 220 pages and 1,800 images**
**- WCAG 2.2 AA conformance for all templates**
**- Training for four staff members**
### 5. Vendor Qualifications
**Vendors must carry general liability insurance of at least $1,000,000.**
**Firms with annual revenue under $250,000 are encouraged to apply.**
### 6. Submission
**Email one PDF to rfp@harborarts.example by the deadline above.**
**Late proposals will not be considered.**
**Contact: Mireille Okafor, Operations Director**
**Phone: (360) 555-0142**
",
        title: "Website Redesign, Accessibility Audit and Hosting",
        issuer: "Harbor Arts Council",
        deadline: Some("2027-01-29"),
        time: Some("17:00"),
        budget: B::Headline(48_000.0),
        currency: Some("USD"),
        traps: &[2_400.0, 1_000_000.0, 250_000.0],
    },
    Fresh {
        id: "en-addendum-extension",
        text: r"=== page 1 ===
TOWN OF GREYSTONE CROSSING
Finance Department – Purchasing Division
75 Elm Street, Greystone Crossing, NH 03999

ADDENDUM NO. 2
Issued: March 3, 2027

RFP No. 27-118
FLEET TELEMATICS AND GPS TRACKING SERVICES

This addendum forms part of the RFP documents and modifies them as follows. Proposers
must acknowledge receipt of this addendum on the Proposal Form.
1. CHANGE OF SUBMISSION DEADLINE
The deadline for receipt of proposals, originally March 10, 2027 at 2:00 p.m., is
extended to March 24, 2027 at 2:00 p.m. local time.
2. RESPONSES TO QUESTIONS
Q1. How many vehicles are in the fleet?
A1. 146 vehicles and 38 pieces of heavy equipment.
Q2. Is there a budget for this project?
A2. The Town has appropriated $95,000 for the first year, including installation.
Q3. Must the vendor carry cyber liability insurance?
A3. Yes, with limits of not less than $2,000,000.
Q4. Will the Town accept a cloud-hosted dashboard?
A4. Yes. On-premise software is not required.
3. All other terms and conditions of the RFP remain unchanged.
=== page 2 ===
Acknowledged by Proposer: ______________________   Date: ____________

Kevin Marsh
Purchasing Agent, Town of Greystone Crossing
",
        title: "Fleet Telematics and GPS Tracking Services",
        issuer: "Town of Greystone Crossing",
        deadline: Some("2027-03-24"),
        time: Some("14:00"),
        budget: B::Headline(95_000.0),
        currency: Some("USD"),
        traps: &[2_000_000.0],
    },
];

#[test]
fn fresh_documents_miss_exactly_the_known_misses() {
    assert_fresh_misses("fresh fields probe", FRESH, KNOWN_MISSES);
}

#[test]
fn fresh_ids_are_unique_and_cover_the_six_languages() {
    assert_fresh_set(FRESH, false);
}
