//! A THIRD fresh probe of the compliance matrix on WHOLE small tenders nobody tuned for
//! (issue 31), of genres the first two fresh probes did not hold, precision as much as
//! recall: twelve documents of our own, written before the engine's code of the matrix
//! and the earlier probes' cases were read, laid out as a PDF's text extraction leaves
//! them. Five English (a research programme solicitation, an EU-style call for
//! proposals, a small library's website redesign RFP, a cloud security services RFP
//! with numbered requirement tables, an addendum answering bidders' questions), two
//! French (a consultancy's termes de référence, a CCTP of works), two Portuguese (a
//! Brazilian chamamento público, a Portuguese caderno de encargos of hotel services),
//! one Spanish (a pliego de cláusulas administrativas), one Italian (a capitolato
//! tecnico) and one German (Vergabeunterlagen with Eignungskriterien).
//!
//! In each, every binding statement of the bidder, contractor, applicant or grantee is
//! in `rows` (a verbatim fragment that must be in a row of its own) and every other
//! sentence or item in `not_rows`. The rules of the count: a permission ("may submit",
//! "Poderão participar", "kann ... einreichen") binds nobody; what the issuer, funder
//! or committee does, will do or may do binds nobody; a consequence of the bidder's
//! failing a rule ("will be returned without review") is a row, as the hand counts
//! take it; in a Q/A addendum the question is no row, an answer that puts a duty on the
//! bidder is one, an answer that only informs is none; items of a list the bidder must
//! supply, do or hold are rows each, items of a list of the issuer's acts or of
//! evaluation criteria are none.
//!
//! Recall = binding fragments in a row of their own / all binding fragments;
//! precision proxy = `not_rows` fragments kept out / all `not_rows` fragments.
//!
//! First score (before the engine's code was read): 233/270 checks pass; recall
//! 118/153 (77 %), precision proxy 115/117 (98 %). Per language, recall and precision
//! proxy: en 54/67, 62/63; fr 19/32, 15/15; pt-br 11/12, 8/8; pt-pt 9/9, 8/8; es 7/10,
//! 9/9; it 9/12, 6/7; de 9/11, 7/7. The misses: a requirement table's rows ("SO-03 ...
//! D", "CP-04 ... M") merged where a row ends with its M/D column; unmarked items parted
//! by blank lines under "must contain the items below."; the works specification's
//! present tense and passives ("est réalisé", "sont garnis", "sont soumis",
//! "l'entrepreneur remet", "est assuré") and its noun items ("Fourniture et pose de");
//! the first item under "aura pour tâches de :"; "sont remis", "seront déposés",
//! "serait un atout"; "is due within", "will be returned without review", "will be
//! scored as non-responsive"; "se acreditará" and the items after "constará de dos
//! archivos:"; "è tenuto ad", "si applica una penale", "è attivo"; "prestará contas";
//! "erfolgt", "bedarf der Zustimmung"; a schedule's lines merged into one row ("Call
//! opening: ... Deadline for submission: ..."), "L'appalto ha durata di 36 mesi" as rows.
//!
//! With the rules this probe led to: 265/270; recall 149/153 (97 %), precision proxy
//! 116/117. Per language: en 66/67, 62/63; fr 30/32, 15/15; pt-br 12/12, 8/8; pt-pt
//! 9/9, 8/8; es 10/10, 9/9; it 11/12, 7/7; de 11/11, 7/7. The rules: a requirements
//! table's identifier opens a row (`units.rs`, `id_rows`, +4); a lead-in ending with
//! "below." and the like (`binding_lead_in`, +6); the present passive of the work and
//! the bidder as a present passive's agent (`reading.rs`, `WORK_PRESENT_PASSIVE`,
//! `BIDDER_AGENT`), "Les dossiers seront déposés" (+6); "A" opening a Portuguese clause
//! an article (+1); prior approval, "se acreditará", "è tenuto ad", "is due within",
//! "returned without review", "erfolgt" of the cleaning, "l'État" by its capital
//! (lexicons, +7); works items ("Fourniture et pose de", +3); penalties applied (+1);
//! a date's label after "from" (+1 precision); a colon line of what the bid is made
//! of right over its lines (`sections.rs`, +2); the bidder's present after a phrase
//! of when (+1). Left: the schedule's lines merged (parting them made a tuned RFQ's
//! schedule rows), "will be scored as non-responsive" (an issuer's act; reading it as
//! a sanction made a tuned call's ineligible costs rows), "serait un atout" (the
//! engine keeps advantages out), "posés par l'entrepreneur" after "fournis par la
//! commune", "è attivo 24 ore su 24".

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures, per_language};

const CASES: &[Case] = &[
    Case {
        name: "en research programme solicitation",
        text: r#"NATIONAL OCEAN SCIENCES FOUNDATION
Coastal Resilience Research Program (CRRP)
Program Solicitation NOSF 27-118

I. INTRODUCTION

Coastal communities face rising risks from storm surge, erosion and saltwater intrusion.
The CRRP supports interdisciplinary research that links physical science with the
needs of local decision makers.

II. PROGRAM DESCRIPTION

Projects funded under this solicitation address at least one of three research themes:
sediment dynamics, nature-based defenses, or community adaptation planning.
Each project must involve at least one partner from a coastal municipality or tribal government.

III. AWARD INFORMATION

Anticipated Type of Award: Standard Grant
Estimated Number of Awards: 8 to 12
Anticipated Funding Amount: $9,600,000
NOSF expects to make awards of up to $800,000 for a period of up to three years.
The number of awards depends on the quality of proposals and the availability of funds.

IV. ELIGIBILITY INFORMATION

Who May Submit Proposals:
Accredited universities and colleges located in the United States.
Non-profit research organizations with an established coastal research program.

An organization may submit no more than two proposals as lead institution.
Principal Investigators may serve as PI on only one proposal under this solicitation.

=== page 2 ===
NOSF 27-118                                                         Page 2

V. PROPOSAL PREPARATION AND SUBMISSION

A. Proposal Contents

Full proposals submitted in response to this solicitation must include:
• a Project Summary of no more than one page;
• a Project Description not exceeding 15 pages;
• a Data Management Plan of up to two pages;
• letters of collaboration from each municipal or tribal partner;
• a budget and budget justification for each year of the project.

The Project Description should explain how results will be shared with coastal
managers during the award period.

B. Due Dates

Full Proposal Deadline: March 14, 2027, 5:00 p.m. submitting organization's local time.
Proposals received after the deadline will be returned without review.

VI. REVIEW PROCESS

Proposals are reviewed by ad hoc reviewers and a panel of experts.
The panel considers intellectual merit and broader impacts.
Program officers may contact applicants to request clarification.

=== page 3 ===
NOSF 27-118                                                         Page 3

VII. AWARD ADMINISTRATION

Grantees are required to submit an annual project report no later than 90 days
before the end of each budget period.
A final project report is due within 120 days after the award expires.
Grantees shall acknowledge NOSF support in all publications arising from the award.
Publications must be deposited in a public repository within twelve months.

NOSF will monitor progress through the annual reports and site visits.

VIII. AGENCY CONTACTS

Questions about this solicitation may be directed to crrp@nosf.example.gov.
"#,
        rows: &[
            "Each project must involve at least one partner",
            "a Project Summary of no more than one page",
            "a Project Description not exceeding 15 pages",
            "a Data Management Plan of up to two pages",
            "letters of collaboration from each municipal",
            "a budget and budget justification for each year",
            "should explain how results will be shared",
            "will be returned without review",
            "Grantees are required to submit an annual project report",
            "A final project report is due within 120 days",
            "Grantees shall acknowledge NOSF support",
            "Publications must be deposited in a public repository",
        ],
        not_rows: &[
            "Coastal communities face rising risks",
            "The CRRP supports interdisciplinary research",
            "address at least one of three research themes",
            "Estimated Number of Awards",
            "NOSF expects to make awards",
            "The number of awards depends on the quality",
            "Accredited universities and colleges",
            "Non-profit research organizations",
            "An organization may submit no more than two",
            "may serve as PI on only one proposal",
            "Proposals are reviewed by ad hoc reviewers",
            "The panel considers intellectual merit",
            "Program officers may contact applicants",
            "NOSF will monitor progress",
            "Questions about this solicitation may be directed",
        ],
    },
    Case {
        name: "en EU-style call for proposals",
        text: r#"EUROPEAN COMMISSION
Directorate-General for Education, Youth and Culture

CALL FOR PROPOSALS
Youth Digital Participation Networks (YDPN-2027)

1. BACKGROUND

The Union's youth strategy encourages young people to take part in democratic life.
Digital tools now shape how many young Europeans learn about public decisions.
This call supports transnational networks that build such skills at local level.

2. OBJECTIVES

The objectives of the call are to strengthen digital civic skills among people aged
15 to 29 and to connect youth organisations across at least three countries.

3. AVAILABLE BUDGET

The total budget earmarked for this call is EUR 6 000 000.
The Commission expects to fund around 15 proposals.
The Commission reserves the right not to distribute all the funds available.

4. ADMISSIBILITY CONDITIONS

Applications must be submitted electronically via the Funding & Tenders Portal before
the call deadline.
Applications must be complete and contain all the requested parts and annexes.
Proposals are limited to a maximum of 50 pages.

5. ELIGIBILITY CONDITIONS

In order to be eligible, the applicants must:
– be legal entities (public or private bodies);
– be established in one of the eligible countries;
– have been active in the youth field for at least two years.

Consortia must include at least three applicants from three different eligible countries.
Natural persons are not eligible.

6. FINANCIAL AND OPERATIONAL CAPACITY

Applicants must have stable and sufficient resources to carry out the project.
Applicants must also have the know-how and qualifications necessary to implement it.

=== page 2 ===
YDPN-2027 – Call document                                             2/3

7. EXCLUSION

Applicants which are subject to an EU administrative sanction will be excluded.
Applicants must confirm that they are not in any of the exclusion situations
listed in the declaration on honour.

8. AWARD CRITERIA

Criterion                                  Maximum points
Relevance                                  30
Quality of the project design              40
Impact                                     30

Proposals must score at least 70 points overall to be considered for funding.
The evaluation committee ranks the proposals according to their total score.

9. LEGAL AND FINANCIAL SET-UP OF THE GRANT AGREEMENTS

If the project is selected, the coordinator will be invited to prepare the grant agreement.
The grant takes the form of a lump sum contribution.
Beneficiaries must keep records and supporting documents for five years after the
payment of the balance.
Beneficiaries shall display the EU emblem in all communication material.

10. HOW TO SUBMIT

Call opening: 12 January 2027
Deadline for submission: 20 April 2027 – 17:00 Brussels time
Evaluation: May – July 2027

The Commission will inform all applicants of the outcome of the evaluation.
"#,
        rows: &[
            "Applications must be submitted electronically",
            "Applications must be complete and contain",
            "Proposals are limited to a maximum of 50 pages",
            "be legal entities (public or private bodies)",
            "be established in one of the eligible countries",
            "have been active in the youth field",
            "Consortia must include at least three applicants",
            "must have stable and sufficient resources",
            "must also have the know-how and qualifications",
            "must confirm that they are not in any of the exclusion",
            "Proposals must score at least 70 points",
            "must keep records and supporting documents",
            "shall display the EU emblem",
        ],
        not_rows: &[
            "youth strategy encourages young people",
            "Digital tools now shape how many",
            "This call supports transnational networks",
            "The objectives of the call are",
            "The total budget earmarked",
            "The Commission expects to fund around",
            "reserves the right not to distribute",
            "Quality of the project design",
            "The evaluation committee ranks the proposals",
            "the coordinator will be invited to prepare",
            "The grant takes the form of a lump sum",
            "The Commission will inform all applicants",
            "Call opening: 12 January 2027",
        ],
    },
    Case {
        name: "en library website redesign RFP",
        text: r#"Maple Falls Public Library District
Request for Proposals: Website Redesign and Hosting
Issued: September 8, 2026

Section A. About the Library

The Maple Falls Public Library District serves about 21,000 residents from a main
library and one branch.

Our current website was built in 2015 on a self-hosted content management system.
It has roughly 180 pages, an events calendar and a link to the online catalog.
Staff find the system hard to update and the site does not work well on phones.

Section B. Project Goals

The Library wants a website that is easy for staff to maintain and easy for patrons to use.

Section C. Scope of Services

The selected firm will be responsible for the following:

1) Discovery workshops with library staff and a short patron survey

2) A new information architecture and navigation based on the survey results

3) Visual design consistent with the Library's existing logo and colors

4) Migration of current content, including the events calendar

5) Training for up to ten staff members on editing pages

The new site must meet WCAG 2.1 Level AA accessibility guidelines.
The site must display correctly on current versions of major browsers and on mobile devices.
Hosting should include daily backups and an uptime of at least 99.9 percent.
The firm shall provide one year of technical support after launch.

Section D. Proposal Requirements

Proposals should be no longer than 20 pages and must contain the items below.

Cover letter signed by an authorized representative

Description of the firm and its experience with public libraries or local governments

Links to three websites the firm has launched in the last three years

Proposed timeline with milestones

Itemized cost proposal, with hosting fees listed separately

Three client references with contact information

Section E. Submission

Submit one electronic copy in PDF format to rfp@maplefallslibrary.example.org by
4:00 p.m. on October 9, 2026.
Late proposals will not be accepted.
Questions must be sent by email no later than September 25, 2026.

Section F. Evaluation

The Library will evaluate proposals on experience, approach, cost and references.
The Library may invite up to three firms to present their proposals.
The Library is not obligated to accept the lowest cost proposal.

Section G. General Conditions

The Library is exempt from state sales tax.
All work products, including design files, will become the property of the Library.
The selected firm must carry general liability insurance of at least $1,000,000.
"#,
        rows: &[
            "Discovery workshops with library staff",
            "A new information architecture and navigation",
            "Visual design consistent with the Library",
            "Migration of current content",
            "Training for up to ten staff members",
            "must meet WCAG 2.1 Level AA",
            "must display correctly on current versions",
            "Hosting should include daily backups",
            "shall provide one year of technical support",
            "should be no longer than 20 pages",
            "Cover letter signed by an authorized",
            "Description of the firm and its experience",
            "Links to three websites the firm has launched",
            "Proposed timeline with milestones",
            "Itemized cost proposal, with hosting fees",
            "Three client references with contact",
            "Submit one electronic copy in PDF format",
            "Late proposals will not be accepted",
            "Questions must be sent by email",
            "must carry general liability insurance",
        ],
        not_rows: &[
            "serves about 21,000 residents",
            "Our current website was built in 2015",
            "It has roughly 180 pages",
            "Staff find the system hard to update",
            "The Library wants a website",
            "The Library will evaluate proposals",
            "The Library may invite up to three firms",
            "is not obligated to accept the lowest",
            "The Library is exempt from state sales tax",
        ],
    },
    Case {
        name: "en cloud security services RFP",
        text: r#"STATE OF WESTHAVEN
Office of Information Technology Services
RFP OITS-2027-09: Managed Cloud Security Services

1.0 PURPOSE

The Office of Information Technology Services (OITS) seeks a vendor to provide
managed security services for the State's cloud workloads.

2.0 BACKGROUND

OITS operates about 400 virtual machines across two public cloud providers.
Security monitoring is today performed by four State employees during business hours.
The State adopted a cloud-first policy in 2024.

3.0 DEFINITIONS

"Incident" means any event that compromises the confidentiality, integrity or
availability of State data.
"Vendor" means the firm awarded the contract under this RFP.

4.0 TECHNICAL REQUIREMENTS

The tables below list the requirements. Requirements marked M are mandatory; those
marked D are desirable and earn additional points.

Table 4-1 Security Operations

ID       Requirement                                                      M/D
SO-01    The Vendor shall monitor all cloud workloads 24 hours a day,      M
         7 days a week, 365 days a year.
SO-02    The Vendor shall notify OITS of any critical Incident within      M
         30 minutes of detection.
SO-03    The Vendor should provide a web portal showing open Incidents.    D
SO-04    Vulnerability scans shall be run at least weekly on all hosts.    M

=== page 2 ===
RFP OITS-2027-09                                                      Page 2 of 3

Table 4-2 Compliance and Personnel

ID       Requirement                                                      M/D
CP-01    The Vendor must hold a current FedRAMP Moderate authorization     M
         or an equivalent third-party attestation.
CP-02    All personnel with access to State data must pass a background   M
         check before starting work.
CP-03    The Vendor should hold ISO/IEC 27001 certification.               D
CP-04    State data must be stored only in data centers in the United      M
         States.

5.0 STATE RESPONSIBILITIES

OITS will provide read-only access to the cloud management consoles.
OITS will designate a contract manager as the Vendor's single point of contact.

6.0 PROPOSAL FORMAT

Each proposal must be organized in the following tabs:
Tab 1 - Transmittal letter
Tab 2 - Response to each requirement in Tables 4-1 and 4-2
Tab 3 - Staffing plan and resumes of key personnel
Tab 4 - Cost proposal on Attachment C

A response of "comply" without explanation will be scored as non-responsive.

7.0 TERM

The contract term is three years with two optional one-year renewals.

=== page 3 ===
RFP OITS-2027-09                                                      Page 3 of 3

8.0 SCHEDULE

RFP released                        January 15, 2027
Written questions due               February 1, 2027
Proposals due                       February 26, 2027

9.0 CONTRACTUAL TERMS

The Vendor will comply with the State's Information Security Policy.
The Vendor shall not subcontract any part of the services without written approval.
Upon termination, the Vendor must return or destroy all State data within 30 days.
"#,
        rows: &[
            "shall monitor all cloud workloads",
            "shall notify OITS of any critical Incident",
            "should provide a web portal showing open",
            "Vulnerability scans shall be run at least weekly",
            "must hold a current FedRAMP Moderate",
            "must pass a background",
            "should hold ISO/IEC 27001 certification",
            "State data must be stored only in data centers",
            "Transmittal letter",
            "Response to each requirement in Tables",
            "Staffing plan and resumes of key personnel",
            "Cost proposal on Attachment C",
            "will be scored as non-responsive",
            "will comply with the State's Information Security Policy",
            "shall not subcontract any part of the services",
            "must return or destroy all State data",
        ],
        not_rows: &[
            "seeks a vendor to provide",
            "operates about 400 virtual machines",
            "Security monitoring is today performed",
            "adopted a cloud-first policy",
            "means any event that compromises",
            "means the firm awarded the contract",
            "OITS will provide read-only access",
            "OITS will designate a contract manager",
            "The contract term is three years",
            "Written questions due",
        ],
    },
    Case {
        name: "en addendum answering questions",
        text: r#"CITY OF BRANWELL
Purchasing Division

ADDENDUM No. 2
Invitation for Bids IFB 26-031 - Street Lighting LED Retrofit

Date of Addendum: May 4, 2026

This addendum forms part of the bid documents and modifies them as stated below.
Bidders must acknowledge receipt of this addendum on the Bid Form.

PART 1 - CHANGES TO THE BID DOCUMENTS

1. The bid opening is moved from May 12, 2026 to May 19, 2026 at 2:00 p.m.
2. Section 3.4 is replaced with the following: The Contractor shall dispose of all
removed fixtures at a licensed recycling facility and submit the recycling receipts
with each pay application.
3. Attachment B (Fixture Schedule) is replaced with the revised attachment enclosed.

PART 2 - QUESTIONS AND ANSWERS

Q1. Is a pre-bid meeting planned?
A1. No. A pre-bid meeting will not be held.

Q2. Can bidders propose a fixture manufacturer that is not on the approved list?
A2. Yes. Bidders proposing an alternate manufacturer must submit photometric data
and a product data sheet with the bid.

Q3. How many poles are included in Phase 1?
A3. Phase 1 includes 612 poles in the downtown district.

Q4. Will the City provide traffic control?
A4. No. The Contractor is responsible for all traffic control during the work.

Q5. Is a bid bond required?
A5. Yes. Each bid must be accompanied by a bid bond of 5% of the total bid amount.

Q6. What warranty period is expected on the fixtures?
A6. Fixtures must carry a manufacturer's warranty of at least ten years.

Q7. Does the City have a preferred start date?
A7. The City anticipates issuing the notice to proceed in July 2026.

Q8. May the work be performed at night?
A8. Night work is allowed on arterial streets with the permission of the City Engineer.

All other terms and conditions of the IFB remain unchanged.

Jordan Ellis
Purchasing Manager
"#,
        rows: &[
            "Bidders must acknowledge receipt of this addendum",
            "shall dispose of all",
            "must submit photometric data",
            "is responsible for all traffic control",
            "must be accompanied by a bid bond",
            "must carry a manufacturer's warranty",
        ],
        not_rows: &[
            "This addendum forms part of the bid documents",
            "The bid opening is moved",
            "is replaced with the revised attachment",
            "Is a pre-bid meeting planned",
            "A pre-bid meeting will not be held",
            "Can bidders propose a fixture manufacturer",
            "How many poles are included",
            "Phase 1 includes 612 poles",
            "Will the City provide traffic control",
            "Is a bid bond required",
            "What warranty period is expected",
            "Does the City have a preferred start date",
            "anticipates issuing the notice to proceed",
            "May the work be performed at night",
            "Night work is allowed on arterial streets",
            "remain unchanged",
        ],
    },
    Case {
        name: "fr termes de référence consultant",
        text: r#"RÉPUBLIQUE DU BÉNIN
Ministère du Cadre de Vie et des Transports
Agence de Gestion Urbaine de Parakou

TERMES DE RÉFÉRENCE
Recrutement d'un consultant individuel pour l'élaboration du plan de gestion des
déchets solides de la ville de Parakou

1. CONTEXTE ET JUSTIFICATION

La ville de Parakou compte environ 300 000 habitants et produit près de 150 tonnes
de déchets par jour. Moins de la moitié de ces déchets est collectée.
Le conseil municipal a adopté en 2025 une stratégie de salubrité urbaine.
C'est dans ce cadre que l'Agence souhaite recruter un consultant individuel.

2. OBJECTIF DE LA MISSION

L'objectif général est de doter la ville d'un plan de gestion des déchets solides
pour la période 2027-2031.

3. MANDAT DU CONSULTANT

Sous la supervision du Directeur technique de l'Agence, le consultant aura pour tâches de :
- faire l'état des lieux de la filière de collecte et d'élimination ;
- analyser les coûts actuels du service et les sources de financement ;
- proposer des scénarios d'organisation de la pré-collecte par quartier ;
- animer deux ateliers de validation avec les acteurs locaux.

Le consultant travaille en étroite collaboration avec les services techniques de la mairie.

4. LIVRABLES ATTENDUS

Le consultant remettra à l'Agence :
• un rapport de démarrage, dix jours après la signature du contrat ;
• un rapport diagnostic provisoire ;
• le plan de gestion définitif, intégrant les observations des ateliers.

Les rapports sont remis en trois exemplaires papier et en version électronique.

=== page 2 ===
TdR – Plan de gestion des déchets de Parakou                              2

5. DURÉE DE LA MISSION

La durée de la mission est estimée à quarante-cinq (45) jours ouvrables.

6. PROFIL DU CONSULTANT

Le consultant doit justifier des qualifications suivantes :
- un diplôme de niveau Bac+5 en génie de l'environnement ou équivalent ;
- au moins dix ans d'expérience professionnelle dans la gestion des déchets ;
- avoir réalisé au moins deux études similaires en Afrique de l'Ouest.
La maîtrise du logiciel QGIS serait un atout.

7. OBLIGATIONS DE L'AGENCE

L'Agence met à la disposition du consultant les études antérieures et un bureau.
Elle facilite les contacts avec les autorités communales.

8. COMPOSITION DU DOSSIER DE CANDIDATURE

Les candidats intéressés doivent fournir :
a) une lettre de manifestation d'intérêt ;
b) un curriculum vitae détaillé, daté et signé ;
c) les copies des diplômes et des attestations de bonne fin d'exécution.

Les dossiers seront déposés au secrétariat de l'Agence au plus tard le 15 mars 2027
à 12 heures. Le consultant sera sélectionné selon la méthode de qualification du
consultant. Seuls les candidats retenus seront contactés.
"#,
        rows: &[
            "faire l'état des lieux de la filière",
            "analyser les coûts actuels du service",
            "proposer des scénarios d'organisation",
            "animer deux ateliers de validation",
            "travaille en étroite collaboration",
            "un rapport de démarrage, dix jours",
            "un rapport diagnostic provisoire",
            "le plan de gestion définitif",
            "Les rapports sont remis en trois exemplaires",
            "un diplôme de niveau Bac+5",
            "au moins dix ans d'expérience",
            "avoir réalisé au moins deux études",
            "serait un atout",
            "une lettre de manifestation d'intérêt",
            "un curriculum vitae détaillé",
            "les copies des diplômes",
            "Les dossiers seront déposés au secrétariat",
        ],
        not_rows: &[
            "compte environ 300 000 habitants",
            "Moins de la moitié de ces déchets",
            "a adopté en 2025 une stratégie",
            "souhaite recruter un consultant",
            "L'objectif général est de doter",
            "La durée de la mission est estimée",
            "met à la disposition du consultant",
            "Elle facilite les contacts",
            "sera sélectionné selon la méthode",
            "Seuls les candidats retenus seront contactés",
        ],
    },
    Case {
        name: "fr CCTP travaux",
        text: r#"COMMUNE DE SAINT-AUBIN-SUR-LOIRE
Réaménagement de la place du Marché

CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES (C.C.T.P.)
Lot n° 1 : Voirie – Réseaux divers

ARTICLE 1 – OBJET DU MARCHÉ

Le présent C.C.T.P. définit les travaux de voirie et de réseaux du réaménagement de
la place du Marché. La place occupe une surface d'environ 3 200 m².
Elle est aujourd'hui revêtue d'un enrobé ancien et sert de parking en semaine.

ARTICLE 2 – PRESCRIPTIONS GÉNÉRALES

2.1 L'entrepreneur se conforme aux normes et DTU en vigueur à la date de remise des offres.
2.2 Le maître d'œuvre peut demander à tout moment des essais de contrôle.
2.3 L'entrepreneur assure la signalisation du chantier de jour comme de nuit.
2.4 Le maintien de l'accès aux commerces riverains est assuré pendant toute la durée
des travaux.

ARTICLE 3 – CONSISTANCE DES TRAVAUX

Les travaux comprennent notamment :
- le démontage et l'évacuation des mobiliers urbains existants ;
- la démolition de l'enrobé et des bordures sur l'ensemble de la place ;
- les terrassements en déblai jusqu'au fond de forme ;
- la mise en œuvre d'une grave non traitée sur 30 cm d'épaisseur.

ARTICLE 4 – RÉSEAUX

4.1 Eaux pluviales
Fourniture et pose de caniveaux à fente en béton préfabriqué, y compris raccordement
au réseau existant.
Fourniture et pose de regards de visite 1000 x 1000 avec tampon fonte classe D400.

4.2 Éclairage public
Fourniture et pose de fourreaux TPC diamètre 63 mm sous grillage avertisseur rouge.
Les candélabres sont fournis par la commune et posés par l'entrepreneur.

=== page 2 ===
CCTP Lot 1 – VRD                                                           Page 2/2

ARTICLE 5 – REVÊTEMENTS

Le revêtement de la place est réalisé en pavés de granit de 14 x 20 cm posés sur lit
de mortier. Les joints sont garnis au mortier de ciment.
Les échantillons de pavés sont soumis au maître d'œuvre avant toute commande.

ARTICLE 6 – RÉCEPTION

À l'achèvement des travaux, l'entrepreneur remet le dossier des ouvrages exécutés
en trois exemplaires. Le maître d'ouvrage prononce la réception au vu du procès-verbal
des opérations préalables.
"#,
        rows: &[
            "se conforme aux normes et DTU",
            "assure la signalisation du chantier",
            "Le maintien de l'accès aux commerces",
            "le démontage et l'évacuation des mobiliers",
            "la démolition de l'enrobé et des bordures",
            "les terrassements en déblai",
            "la mise en œuvre d'une grave non traitée",
            "Fourniture et pose de caniveaux à fente",
            "Fourniture et pose de regards de visite",
            "Fourniture et pose de fourreaux TPC",
            "posés par l'entrepreneur",
            "est réalisé en pavés de granit",
            "Les joints sont garnis au mortier",
            "Les échantillons de pavés sont soumis",
            "l'entrepreneur remet le dossier des ouvrages",
        ],
        not_rows: &[
            "définit les travaux de voirie",
            "La place occupe une surface",
            "sert de parking en semaine",
            "peut demander à tout moment des essais",
            "prononce la réception au vu",
        ],
    },
    Case {
        name: "pt-br chamamento público",
        text: r#"PREFEITURA MUNICIPAL DE SÃO JOSÉ DO VALE
SECRETARIA MUNICIPAL DE ASSISTÊNCIA SOCIAL

EDITAL DE CHAMAMENTO PÚBLICO Nº 03/2027

Seleção de organização da sociedade civil para execução do serviço de convivência
e fortalecimento de vínculos para idosos

1. DO OBJETO

1.1. O presente edital tem por objeto a seleção de proposta para a celebração de
termo de colaboração com organização da sociedade civil (OSC).
1.2. O município possui hoje cerca de 4.800 pessoas com mais de 60 anos inscritas no
Cadastro Único.

2. DOS RECURSOS

2.1. O valor total de recursos disponibilizados é de R$ 360.000,00 para 12 meses.
2.2. As despesas correrão à conta da dotação orçamentária 08.241.0012.

3. DA PARTICIPAÇÃO

3.1. Poderão participar deste chamamento as OSCs com sede no município.
3.2. É vedada a participação de OSC que tenha entre seus dirigentes agente político
do Poder Executivo municipal.
3.3. As OSCs deverão possuir no mínimo dois anos de existência, com cadastro ativo no CNPJ.

4. DA PROPOSTA

4.1. A proposta deverá conter, no mínimo:
I - descrição da realidade objeto da parceria e do público atendido;
II - as ações a serem executadas e as metas a serem atingidas;
III - os prazos para a execução das ações;
IV - o valor global da proposta.

4.2. A proposta será entregue em envelope lacrado, no protocolo da Secretaria, até
o dia 10 de abril de 2027.

=== page 2 ===
Edital de Chamamento Público nº 03/2027                                    Página 2

5. DA COMISSÃO DE SELEÇÃO

5.1. A Comissão de Seleção analisará as propostas no prazo de 15 dias.
5.2. A Comissão poderá realizar visita técnica à sede das OSCs participantes.

6. DOS CRITÉRIOS DE JULGAMENTO

Critério                                          Pontuação máxima
Experiência na execução do serviço                40
Adequação da proposta aos objetivos               40
Capacidade técnico-operacional                    20

7. DA CELEBRAÇÃO

7.1. A OSC selecionada será convocada para apresentar, em até 10 dias:
a) cópia do estatuto registrado e suas alterações;
b) certidões de regularidade fiscal, previdenciária e trabalhista;
c) relação nominal atualizada dos dirigentes.
7.2. A OSC prestará contas da totalidade dos recursos recebidos ao fim da parceria.
7.3. É obrigatória a manutenção de conta bancária específica para a parceria.

São José do Vale, 2 de março de 2027.
"#,
        rows: &[
            "É vedada a participação de OSC",
            "deverão possuir no mínimo dois anos",
            "descrição da realidade objeto da parceria",
            "as ações a serem executadas",
            "os prazos para a execução das ações",
            "o valor global da proposta",
            "será entregue em envelope lacrado",
            "cópia do estatuto registrado",
            "certidões de regularidade fiscal",
            "relação nominal atualizada dos dirigentes",
            "prestará contas da totalidade",
            "É obrigatória a manutenção de conta bancária",
        ],
        not_rows: &[
            "tem por objeto a seleção de proposta",
            "possui hoje cerca de 4.800 pessoas",
            "O valor total de recursos disponibilizados",
            "As despesas correrão à conta",
            "Poderão participar deste chamamento",
            "analisará as propostas no prazo",
            "poderá realizar visita técnica",
            "Experiência na execução do serviço",
        ],
    },
    Case {
        name: "pt-pt caderno de encargos hotelaria",
        text: r#"CADERNO DE ENCARGOS

Concurso público para a prestação de serviços de limpeza, lavandaria e receção na
Pousada da Juventude de Vila Nova do Mar

CAPÍTULO I – DISPOSIÇÕES GERAIS

Cláusula 1.ª
Objeto
O presente caderno de encargos compreende as cláusulas a incluir no contrato a celebrar
na sequência do procedimento.

Cláusula 2.ª
Prazo
O contrato mantém-se em vigor pelo prazo de 24 meses a contar da data da sua assinatura.

Cláusula 3.ª
Caracterização das instalações
A pousada dispõe de 48 quartos, uma cozinha de apoio e uma sala polivalente.
A taxa média de ocupação anual foi de 71 % em 2026.

CAPÍTULO II – OBRIGAÇÕES DAS PARTES

Cláusula 4.ª
Obrigações do prestador de serviços
1 - Sem prejuízo de outras obrigações previstas na lei, constituem obrigações do
prestador de serviços:
a) Assegurar a limpeza diária dos quartos ocupados até às 15h00;
b) Proceder à mudança da roupa de cama em cada saída de hóspedes;
c) Garantir o serviço de receção 24 horas por dia, todos os dias do ano;

=== page 2 ===
Caderno de Encargos – Pousada de Vila Nova do Mar                          2

d) Tratar a roupa na lavandaria própria ou em lavandaria externa licenciada;
e) Comunicar à entidade adjudicante qualquer avaria detetada nas instalações.
2 - O prestador de serviços obriga-se a afetar ao contrato um encarregado com
experiência mínima de três anos.
3 - Os produtos de limpeza utilizados devem possuir rótulo ecológico.

Cláusula 5.ª
Obrigações da entidade adjudicante
A entidade adjudicante disponibiliza um vestiário e uma arrecadação para os produtos.
A entidade adjudicante fornece a água e a energia necessárias à execução dos serviços.

Cláusula 6.ª
Preço contratual
O preço base do procedimento é de 310 000,00 EUR, acrescido de IVA.
Os pagamentos são efetuados no prazo de 30 dias após a receção das faturas.

Cláusula 7.ª
Penalidades
Pelo incumprimento do prazo de limpeza dos quartos, o prestador fica sujeito a uma
sanção de 50 EUR por quarto e por dia.

Cláusula 8.ª
Seguros
É da responsabilidade do prestador de serviços a contratação de seguro de
responsabilidade civil.
"#,
        rows: &[
            "Assegurar a limpeza diária dos quartos",
            "Proceder à mudança da roupa de cama",
            "Garantir o serviço de receção 24 horas",
            "Tratar a roupa na lavandaria própria",
            "Comunicar à entidade adjudicante qualquer avaria",
            "obriga-se a afetar ao contrato um encarregado",
            "devem possuir rótulo ecológico",
            "fica sujeito a uma",
            "É da responsabilidade do prestador de serviços",
        ],
        not_rows: &[
            "compreende as cláusulas a incluir",
            "mantém-se em vigor pelo prazo",
            "A pousada dispõe de 48 quartos",
            "A taxa média de ocupação anual",
            "disponibiliza um vestiário",
            "fornece a água e a energia",
            "O preço base do procedimento",
            "Os pagamentos são efetuados no prazo",
        ],
    },
    Case {
        name: "es pliego de cláusulas administrativas",
        text: r#"AYUNTAMIENTO DE VILLAREAL DEL CAMPO

PLIEGO DE CLÁUSULAS ADMINISTRATIVAS PARTICULARES
Contrato de servicio de mantenimiento de zonas verdes municipales
Expediente 2027/045 – Procedimiento abierto simplificado

CLÁUSULA 1. OBJETO Y NECESIDAD

El objeto del contrato es el mantenimiento de los parques y jardines del municipio.
El Ayuntamiento no dispone de medios propios suficientes para prestar el servicio.

CLÁUSULA 2. PRESUPUESTO BASE DE LICITACIÓN

El presupuesto base de licitación asciende a 184.000,00 euros, IVA incluido.
El contrato se financia con cargo a la partida 171.22799 del presupuesto municipal.

CLÁUSULA 3. DURACIÓN

El contrato tendrá una duración de dos años, prorrogable por un año más.

CLÁUSULA 4. CAPACIDAD PARA CONTRATAR

Podrán presentar proposiciones las personas naturales o jurídicas que tengan plena
capacidad de obrar y no estén incursas en prohibiciones de contratar.
Los licitadores deberán acreditar su solvencia económica mediante un volumen anual de
negocios igual o superior a 150.000 euros en uno de los tres últimos ejercicios.
La solvencia técnica se acreditará mediante una relación de los principales servicios
realizados en los últimos tres años.

CLÁUSULA 5. PRESENTACIÓN DE PROPOSICIONES

Las proposiciones se presentarán en la Plataforma de Contratación del Sector Público
antes de las 14:00 horas del vigésimo día natural siguiente a la publicación del anuncio.
Cada licitador no podrá presentar más de una proposición.

=== page 2 ===
PCAP – Mantenimiento de zonas verdes                                    Página 2

La proposición constará de dos archivos electrónicos:
Archivo 1: declaración responsable conforme al modelo del Anexo I.
Archivo 2: oferta económica y criterios evaluables mediante fórmulas.

CLÁUSULA 6. CRITERIOS DE ADJUDICACIÓN

Precio ......................................................... hasta 60 puntos
Incremento de la frecuencia de siega ........................ hasta 25 puntos
Plan de riego eficiente ....................................... hasta 15 puntos

La mesa de contratación valorará las ofertas conforme a los criterios anteriores.

CLÁUSULA 7. GARANTÍA DEFINITIVA

El adjudicatario constituirá una garantía definitiva del 5 % del precio de adjudicación.

CLÁUSULA 8. OBLIGACIONES DEL CONTRATISTA

El contratista está obligado a cumplir las disposiciones vigentes en materia laboral y
de prevención de riesgos laborales.
Será obligación del contratista subrogar al personal que actualmente presta el servicio.
El contratista deberá designar un responsable del servicio con dedicación exclusiva.

CLÁUSULA 9. RÉGIMEN DE PAGO

El Ayuntamiento abonará el precio mensualmente, previa presentación de factura.
"#,
        rows: &[
            "deberán acreditar su solvencia económica",
            "La solvencia técnica se acreditará",
            "Las proposiciones se presentarán en la Plataforma",
            "no podrá presentar más de una proposición",
            "declaración responsable conforme al modelo",
            "oferta económica y criterios evaluables",
            "constituirá una garantía definitiva",
            "está obligado a cumplir las disposiciones",
            "Será obligación del contratista subrogar",
            "deberá designar un responsable del servicio",
        ],
        not_rows: &[
            "El objeto del contrato es el mantenimiento",
            "no dispone de medios propios",
            "El presupuesto base de licitación asciende",
            "El contrato se financia con cargo",
            "tendrá una duración de dos años",
            "Podrán presentar proposiciones las personas",
            "Incremento de la frecuencia de siega",
            "La mesa de contratación valorará",
            "abonará el precio mensualmente",
        ],
    },
    Case {
        name: "it capitolato tecnico",
        text: r#"AZIENDA SANITARIA LOCALE DI VALBRENTA
Servizio Tecnico Patrimoniale

CAPITOLATO TECNICO
Servizio di manutenzione degli impianti di climatizzazione dei presidi ospedalieri
CIG 9A1B2C3D4E

Art. 1 – Oggetto dell'appalto
Il presente capitolato disciplina il servizio di manutenzione preventiva e correttiva
degli impianti di climatizzazione dei tre presidi dell'Azienda.

Art. 2 – Consistenza degli impianti
Gli impianti comprendono 14 unità di trattamento aria, 6 gruppi frigoriferi e circa
900 ventilconvettori. L'elenco completo è riportato nell'Allegato 2.

Art. 3 – Durata
L'appalto ha durata di 36 mesi dalla data di consegna del servizio.

Art. 4 – Prestazioni richieste
L'Appaltatore dovrà garantire le seguenti prestazioni:
– manutenzione preventiva secondo il piano allegato;
– pronto intervento entro 2 ore dalla chiamata per i reparti critici;
– tenuta del registro degli impianti contenenti gas fluorurati;
– sostituzione dei filtri delle unità di trattamento aria ogni tre mesi.

Il servizio di reperibilità è attivo 24 ore su 24, compresi i giorni festivi.

Art. 5 – Personale
L'Appaltatore è tenuto ad impiegare tecnici in possesso del patentino frigoristi.
Il personale dovrà essere munito di tessera di riconoscimento.

=== page 2 ===
Capitolato tecnico – Manutenzione climatizzazione                        pag. 2

Art. 6 – Oneri a carico dell'Appaltatore
Sono a carico dell'Appaltatore:
a) la fornitura dei materiali di consumo;
b) lo smaltimento dei rifiuti prodotti secondo la normativa vigente;
c) le spese per le verifiche periodiche obbligatorie.

Art. 7 – Obblighi della Stazione Appaltante
La Stazione Appaltante mette a disposizione un locale ad uso deposito.
Il Direttore dell'esecuzione verifica la regolare esecuzione del servizio.

Art. 8 – Penali
Per ogni ora di ritardo nel pronto intervento si applica una penale di 200 euro.

Art. 9 – Controlli
La Stazione Appaltante si riserva la facoltà di effettuare controlli senza preavviso.

Art. 10 – Riservatezza
L'Appaltatore deve mantenere riservati i dati e le informazioni di cui venga a
conoscenza nell'esecuzione del servizio.
"#,
        rows: &[
            "manutenzione preventiva secondo il piano",
            "pronto intervento entro 2 ore",
            "tenuta del registro degli impianti",
            "sostituzione dei filtri delle unità",
            "è attivo 24 ore su 24",
            "è tenuto ad impiegare tecnici",
            "dovrà essere munito di tessera",
            "la fornitura dei materiali di consumo",
            "lo smaltimento dei rifiuti prodotti",
            "le spese per le verifiche periodiche",
            "si applica una penale di 200 euro",
            "deve mantenere riservati i dati",
        ],
        not_rows: &[
            "Il presente capitolato disciplina",
            "comprendono 14 unità di trattamento aria",
            "L'elenco completo è riportato",
            "L'appalto ha durata di 36 mesi",
            "mette a disposizione un locale",
            "verifica la regolare esecuzione",
            "si riserva la facoltà di effettuare controlli",
        ],
    },
    Case {
        name: "de Vergabeunterlagen Eignungskriterien",
        text: r#"Stadt Lindenhagen – Zentrale Vergabestelle

Vergabeunterlagen
Offenes Verfahren: Reinigung der Grundschulen und Kindertagesstätten
Vergabenummer: 2027-VS-014

Teil A – Allgemeine Informationen

1. Gegenstand der Vergabe
Die Stadt Lindenhagen vergibt die Unterhaltsreinigung von vier Grundschulen und drei
Kindertagesstätten mit insgesamt rund 18.500 m² Reinigungsfläche.
Die Leistung ist in zwei Lose aufgeteilt.

2. Fristen
Ende der Angebotsfrist: 16.04.2027, 10:00 Uhr
Bindefrist: 30.06.2027

3. Kommunikation
Fragen zu den Vergabeunterlagen sind ausschließlich über die Vergabeplattform zu stellen.
Die Vergabestelle beantwortet Fragen, die bis zum 06.04.2027 eingehen.

Teil B – Eignungskriterien

Der Bieter hat mit dem Angebot folgende Nachweise vorzulegen:
1. Eigenerklärung zum Nichtvorliegen von Ausschlussgründen nach §§ 123, 124 GWB;
2. Nachweis der Eintragung in die Handwerksrolle;
3. Angabe des Umsatzes der letzten drei Geschäftsjahre;
4. mindestens drei Referenzen über vergleichbare Reinigungsleistungen aus den

=== page 2 ===
Vergabeunterlagen 2027-VS-014                                           Seite 2 von 2

letzten drei Jahren;
5. Bescheinigung über das Bestehen einer Betriebshaftpflichtversicherung.

Bei Bietergemeinschaften ist die Eigenerklärung von jedem Mitglied abzugeben.
Ausländische Bieter können gleichwertige Nachweise ihres Herkunftslandes einreichen.
Die Vergabestelle kann fehlende Unterlagen nachfordern.

Teil C – Zuschlagskriterien

Preis                                       70 %
Qualität des Reinigungskonzepts             30 %

Teil D – Ausführungsbedingungen

Der Auftragnehmer verpflichtet sich, den Beschäftigten mindestens den Mindestlohn
für die Gebäudereinigung zu zahlen.
Das eingesetzte Personal muss die deutsche Sprache in Wort und Schrift beherrschen.
Die Reinigung erfolgt werktags nach Ende des Schulbetriebs.
Der Einsatz von Nachunternehmern bedarf der vorherigen Zustimmung des Auftraggebers.

Die Stadt behält sich vor, die Leistung in einzelnen Gebäuden zu verringern.
"#,
        rows: &[
            "Fragen zu den Vergabeunterlagen sind ausschließlich",
            "Eigenerklärung zum Nichtvorliegen von Ausschlussgründen",
            "Nachweis der Eintragung in die Handwerksrolle",
            "Angabe des Umsatzes der letzten drei",
            "mindestens drei Referenzen über vergleichbare",
            "Bescheinigung über das Bestehen einer",
            "ist die Eigenerklärung von jedem Mitglied abzugeben",
            "verpflichtet sich, den Beschäftigten",
            "muss die deutsche Sprache in Wort",
            "Die Reinigung erfolgt werktags",
            "bedarf der vorherigen Zustimmung",
        ],
        not_rows: &[
            "vergibt die Unterhaltsreinigung",
            "Die Leistung ist in zwei Lose aufgeteilt",
            "Die Vergabestelle beantwortet Fragen",
            "Ausländische Bieter können gleichwertige",
            "kann fehlende Unterlagen nachfordern",
            "Qualität des Reinigungskonzepts",
            "behält sich vor, die Leistung",
        ],
    },
];

const KNOWN_MISSES: &[&str] = &[
    "en EU-style call for proposals | Call opening: 12 January 2027",
    "en cloud security services RFP | will be scored as non-responsive",
    "fr CCTP travaux | posés par l'entrepreneur",
    "fr termes de référence consultant | serait un atout",
    "it capitolato tecnico | è attivo 24 ore su 24",
];

#[test]
fn the_third_fresh_matrix_probe_fails_only_its_known_misses() {
    for (lang, found, binding, kept, not_rows) in per_language(CASES) {
        eprintln!("{lang}: recall {found}/{binding}, precision proxy {kept}/{not_rows}");
    }
    assert_known_misses(
        "fresh_matrix_probe3",
        CASES,
        item_failures,
        |c| format!("{}: {:#?}", c.name, item_case_rows(c)),
        KNOWN_MISSES,
    );
}
