//! A SECOND fresh probe of the compliance matrix on WHOLE small tenders nobody tuned
//! for (issue 31), English and Portuguese first, to measure whether the first fresh
//! probe's rules (`fresh_matrix_probe.rs`) generalise: twelve documents of our own,
//! written before the engine's code of the matrix and that probe's cases were read,
//! laid out as a PDF's text extraction leaves them (numbered clauses, lettered, roman
//! and bracketed items, bullets "•", "-", "–" and the private-use "\u{f0b7}", items
//! without marks, items parted by blank lines, a running header, tables as lines,
//! lists running on over `=== page N ===` markers). Four English (a US county RFP
//! with a scope of work, a UK council invitation to tender, a World-Bank-style
//! consultant's terms of reference with deliverables, a US university RFQ), three
//! Portuguese (a Brazilian edital de pregão eletrônico, a Brazilian termo de
//! referência, a Portuguese caderno de encargos), two French (a foundation's appel à
//! projets, a marché public's CCTP), one Spanish (a pliego de prescripciones
//! técnicas), one Italian (a disciplinare di gara) and one German (a
//! Leistungsbeschreibung). Every sentence and item is invented for this probe.
//!
//! In each, every binding statement of the bidder, contractor or applicant is listed
//! in `rows` (a verbatim fragment that must be in a row of its own), and every other
//! sentence or item in `not_rows` (the issuer's own duties and rights, background,
//! definitions, the committee's acts, permissions, descriptions, tables' cells). The
//! shapes: modal verbs; obligations without a modal ("is mandatory", "are to be",
//! "are expected to", "é necessário", "il est demandé", "es obligatorio", "ist ... zu
//! benennen"); undertakings; future duties ("The Consultant will report", "usarão",
//! "llevará"); present-tense rules ("Proposals are submitted", "Les gravats sont
//! évacués", "Die Reinigung erfolgt"); imperatives and infinitive items;
//! prohibitions; consequences; lists under a lead-in with ':' and without ("The
//! proposal consists of the following sections", "Compõem ... as seguintes rotinas",
//! "El servicio comprende", "Zu den täglichen Leistungen gehören").
//!
//! Recall = binding fragments in a row of their own / all binding fragments;
//! precision proxy = `not_rows` fragments kept out / all `not_rows` fragments.
//!
//! First score (before the engine's code was read): 222/298 checks pass; recall
//! 136/203 (67 %), precision proxy 86/95 (91 %). Per language, recall and precision
//! proxy: en 60/81, 36/37; pt-br 25/32, 14/17; pt-pt 10/14, 7/7; fr 14/29, 12/12;
//! es 10/16, 5/5; it 8/14, 6/11; de 9/17, 6/6. The misses: lists under a lead-in
//! without ':' (en, pt-br, pt-pt, es, it); items under a lead-in ending with '.' ("The
//! Consultant will carry out the following tasks.", "Task 1: ..."); a list running on
//! over a page break takes the running header and the clauses after it (de); the
//! present tense of rules ("are submitted", "sont soumis", "erfolgt", "führt ...
//! durch", "è presentata", "è corredata"); future passives and futures of the work
//! ("seront exécutés", "será realizada", "serão novas", "usarão", "irá", "tendrá",
//! "no excederá", "will be returned", "will be disregarded"); "hat ... zu
//! <verb>", "are to hold", "est réputé", "Il appartient à"; the CCTP's noun items
//! ("Fourniture et pose de ..."); lists of the issuer's duties ("Compete ao
//! Município:") and of the tender documents ("La documentazione di gara comprende:")
//! taken as rows; "is expected to take seven months", "é indispensável" (background)
//! taken as rows; a table's cells merged into the next sentence.
//!
//! With the rules of this pass: 271/298; recall 180/203 (89 %), precision proxy 91/95.
//! Per language: en 77/81, 36/37; pt-br 26/32, 16/17; pt-pt 13/14, 7/7; fr 23/29,
//! 12/12; es 13/16, 5/5; it 14/14, 9/11; de 14/17, 6/6. The rules: a statement read
//! without its clause number (`reading.rs`, +2); the offer's passive in the present
//! (+5); lead-ins without a colon ending with "the following …" or a verb of
//! composition lead their items, lower-case ones on short lines too (`units.rs`,
//! +22); "Task 1: Review …" (+4); "will be disregarded", "returned unopened",
//! "grounds for termination" (+3); "l'entrepreneur" the bidder (+1); a lead-in that
//! charges the issuer ("Compete ao Município:", +2) or lists its tender documents
//! ("La documentazione di gara comprende:", +3) leads no rows; a page's edge line
//! ending with its page number a running header, a subclause's number ending a list, a
//! title-case line going on in lower case no heading (+4); "est réputé avoir", "aux
//! frais de l'entrepreneur", the pregão's "lances" (+3). Left: the present tense and
//! noun items of a works specification, lower-case items parted by blank lines,
//! futures of things ("irá", "tendrá", "usarão", "será realizada"), a table's cells
//! merged into the sentence after them, two background sentences read as duties.
//!
//! With the third fresh probe's rules (`fresh_matrix_probe3.rs`): 276/298 ("Les gravats
//! sont évacués", "Les échantillons sont soumis à l'approbation", "Fourniture et pose
//! de fenêtres", "Die Reinigung erfolgt werktags", "l'entrepreneur remet le dossier").

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures, per_language};

const CASES: &[Case] = &[
    Case {
        name: "en US county RFP, janitorial services",
        text: r#"COUNTY OF HARLAN RIDGE, OREGON
REQUEST FOR PROPOSALS No. 2026-114
Janitorial Services for County Facilities

SECTION 1 - INTRODUCTION

1.1 The County of Harlan Ridge (the "County") is seeking proposals from qualified
firms to provide janitorial services at eleven County buildings.

1.2 The County currently contracts with two separate vendors whose agreements
expire on June 30, 2026.

1.3 For the purposes of this RFP, "Proposer" means any firm that submits a proposal
in response to this solicitation.

SECTION 2 - SCHEDULE

Event                                      Date
Release of RFP                             February 3, 2026
Pre-proposal walkthrough                   February 12, 2026
Deadline for written questions             February 17, 2026
Proposals due                              March 5, 2026, 2:00 p.m. PT

Attendance at the pre-proposal walkthrough is mandatory for all Proposers.

The County will post answers to written questions on its procurement website.

SECTION 3 - SCOPE OF WORK

3.1 The Contractor shall furnish all labor, supervision, equipment and supplies
necessary to clean the facilities listed in Exhibit A.

3.2 Nightly tasks. The Contractor shall perform the following tasks each night,
Monday through Friday:
   a. Empty all waste receptacles and replace liners as needed;
   b. Vacuum carpeted areas and damp-mop hard floors;
   c. Clean and disinfect restroom fixtures, counters and mirrors;
   d. Restock paper towels, toilet tissue and hand soap.

3.3 Periodic tasks
Carpets in public lobbies are to be shampooed once each quarter.
Exterior windows on the ground floor are to be washed twice a year.

3.4 Contractor personnel are expected to wear a uniform and a photo identification
badge at all times while on County premises.

3.5 The Contractor is responsible for the security of any keys and access cards
issued to its staff.

3.6 The cost of re-keying any lock whose key is lost shall be borne by the Contractor.

3.7 The County will provide storage space for cleaning supplies in each building.

3.8 Contractor staff may not smoke inside any County building.

SECTION 4 - PROPOSAL REQUIREMENTS

4.1 Proposer shall submit one original and one electronic copy of its proposal on
a USB drive.

4.2 The proposal consists of the following sections
Cover letter signed by an officer authorized to bind the firm
Description of the firm's experience with buildings of similar size
=== page 2 ===
RFP 2026-114 Janitorial Services                               Page 2 of 2
Staffing plan showing the number of workers assigned per shift
Pricing on the form attached as Exhibit B

4.3 Proposals are submitted in a sealed envelope marked with the RFP number.

4.4 Proposer agrees to hold its prices firm for 120 days after the due date.

4.5 Late proposals will be returned unopened.

4.6 The County reserves the right to reject any or all proposals and to waive
minor irregularities.

4.7 Proposers may withdraw a proposal at any time before the due date.

SECTION 5 - EVALUATION

An evaluation committee will score proposals using the criteria below.

Criterion                          Points
Experience and references          35
Staffing plan                      25
Price                              40

The County may invite the two highest-ranked Proposers to an oral interview.

SECTION 6 - INSURANCE

6.1 Before starting work, the Contractor must provide certificates showing the
following coverage:
• Commercial general liability of at least $1,000,000 per occurrence
• Workers' compensation as required by Oregon law
• Automobile liability of at least $500,000

6.2 The Contractor shall name the County as an additional insured on the
liability policy.

6.3 Failure to maintain the required insurance is grounds for termination of the
contract.
"#,
        rows: &[
            "Attendance at the pre-proposal walkthrough is mandatory",
            "The Contractor shall furnish all labor",
            "Empty all waste receptacles",
            "Vacuum carpeted areas",
            "Clean and disinfect restroom fixtures",
            "Restock paper towels",
            "Carpets in public lobbies are to be shampooed",
            "Exterior windows on the ground floor are to be washed",
            "Contractor personnel are expected to wear a uniform",
            "The Contractor is responsible for the security of any keys",
            "shall be borne by the Contractor",
            "Contractor staff may not smoke",
            "Proposer shall submit one original",
            "Cover letter signed by an officer",
            "Description of the firm's experience",
            "Staffing plan showing the number of workers",
            "Pricing on the form attached as Exhibit B",
            "Proposals are submitted in a sealed envelope",
            "Proposer agrees to hold its prices firm",
            "Late proposals will be returned unopened",
            "Commercial general liability of at least",
            "Workers' compensation as required by Oregon law",
            "Automobile liability of at least",
            "The Contractor shall name the County as an additional insured",
            "Failure to maintain the required insurance is grounds for termination",
        ],
        not_rows: &[
            "is seeking proposals from qualified",
            "whose agreements expire",
            "means any firm that submits",
            "Release of RFP",
            "Deadline for written questions",
            "will post answers to written questions",
            "will provide storage space",
            "reserves the right to reject any or all",
            "may withdraw a proposal",
            "evaluation committee will score proposals",
            "Experience and references",
            "may invite the two highest-ranked",
        ],
    },
    Case {
        name: "en UK council invitation to tender, grounds maintenance",
        text: r#"Westmarsh District Council
Invitation to Tender: Grounds Maintenance Contract 2026-2030
Reference WDC/GM/0426

PART A   INSTRUCTIONS TO TENDERERS

1.  Introduction

1.1  Westmarsh District Council ("the Council") invites tenders for the maintenance
     of parks, verges and cemeteries across the district.
1.2  The contract will run for four years from 1 April 2026, with an option to extend
     for a further two years.
1.3  The Council has divided the district into three lots, shown on the plan at
     Appendix 1.

2.  Tender submission

2.1  Tenders must be submitted through the Council's e-tendering portal by 12 noon
     on 9 March 2026.
2.2  Tenders received by email or post will not be accepted.
2.3  Tenderers should read all of the documents in this pack before preparing
     their tender.
2.4  All prices are to be quoted in pounds sterling and exclusive of VAT.
2.5  The Council is not bound to accept the lowest or any tender.
2.6  Tenderers may bid for one, two or all three lots.

3.  Clarifications

Any question about this ITT must be raised through the messaging function of the
portal no later than 23 February 2026.

The Council will publish anonymised questions and answers to all Tenderers.

4.  Content of the tender

Each tender is to contain
(i)   a completed Form of Tender;
(ii)  the Pricing Schedule for each lot bid for;
(iii) method statements answering questions Q1 to Q6 of Part C;
(iv)  a signed Certificate of Non-Collusion.

Method statements should not exceed two sides of A4 per question. Any text beyond
that limit will be disregarded by the evaluators.

=== page 2 ===
WDC/GM/0426 Invitation to Tender                                              2

5.  Conditions of participation

5.1  Tenderers are required to hold a current waste carrier registration.
5.2  Tenderers must demonstrate at least three contracts of comparable value
     completed in the last five years.
5.3  The successful Tenderer will be required to sign the Council's standard terms
     and conditions within 14 days of award.
5.4  Tenderers shall not canvass any councillor or officer of the Council about
     this procurement.

6.  Evaluation

Tenders will be evaluated on a 60/40 quality and price basis.

    Quality        60%
    Price          40%

The Council may seek clarification of any tender from a Tenderer.

PART B   SPECIFICATION

7.  Grass cutting

The Contractor will cut all amenity grass to a height of between 25 mm and 50 mm.
Cuttings left on paths or roads are to be cleared on the same day. Cutting shall
not take place when the ground is waterlogged.

8.  Shrub beds and hedges

The Contractor must:
-   prune shrub beds twice a year to keep them clear of paths;
-   trim hedges adjoining highways before 31 March each year;
-   remove litter from beds before any work starts.

9.  Staff

All operatives are to hold the relevant qualifications for the machinery they use.
The Contractor undertakes to pay all staff working on the contract at least the
Real Living Wage.
"#,
        rows: &[
            "Tenders must be submitted through the Council's e-tendering portal",
            "Tenders received by email or post will not be accepted",
            "Tenderers should read all of the documents",
            "All prices are to be quoted in pounds sterling",
            "Any question about this ITT must be raised",
            "a completed Form of Tender",
            "the Pricing Schedule for each lot bid for",
            "method statements answering questions Q1 to Q6",
            "a signed Certificate of Non-Collusion",
            "Method statements should not exceed two sides",
            "will be disregarded by the evaluators",
            "Tenderers are required to hold a current waste carrier registration",
            "Tenderers must demonstrate at least three contracts",
            "will be required to sign the Council's standard terms",
            "Tenderers shall not canvass",
            "The Contractor will cut all amenity grass",
            "Cuttings left on paths or roads are to be cleared",
            "Cutting shall not take place when the ground is waterlogged",
            "prune shrub beds twice a year",
            "trim hedges adjoining highways",
            "remove litter from beds",
            "All operatives are to hold the relevant qualifications",
            "The Contractor undertakes to pay all staff",
        ],
        not_rows: &[
            "invites tenders for the maintenance",
            "with an option to extend",
            "has divided the district into three lots",
            "is not bound to accept the lowest",
            "Tenderers may bid for one, two or all three lots",
            "will publish anonymised questions",
            "will be evaluated on a 60/40",
            "Quality 60%",
            "may seek clarification of any tender",
        ],
    },
    Case {
        name: "en World-Bank-style consultant terms of reference",
        text: r#"TERMS OF REFERENCE
Consultancy Services for a Feasibility Study of Rural Water Supply Schemes
Ministry of Water and Sanitation, Republic of Kallandia
Project ID: P-178224

1. BACKGROUND

The Republic of Kallandia has received financing from the International Development
Association toward the cost of the Rural Water Access Project. Only 48 percent of
rural households currently have access to a safe water source within 30 minutes of
their home. The Ministry plans to use a portion of these funds to pay for
consulting services.

2. OBJECTIVE

The objective of the assignment is to prepare feasibility studies for piped water
schemes in twelve districts.

3. SCOPE OF SERVICES

The Consultant will carry out the following tasks.

Task 1:  Review existing studies, maps and census data for the twelve districts.
Task 2:  Conduct a hydrogeological survey of potential water sources in each
         district.
Task 3:  Prepare preliminary designs and cost estimates for at least two options
         per scheme.
Task 4:  Hold consultations with communities, including separate meetings with
         women's groups.

The Consultant shall comply with the Environmental and Social Framework of the Bank.
The Client will make available all existing reports and data in its possession, and
will facilitate access to district offices.

4. DELIVERABLES

The Consultant will deliver the following reports:

   • an Inception Report within four weeks of contract signature, setting out the
     methodology and work plan;
   • a Hydrogeological Survey Report within twelve weeks;
   • Draft Feasibility Reports within twenty-four weeks;
   • Final Feasibility Reports within two weeks of receiving the Client's comments
     on the drafts.

All reports are to be submitted in English, in three hard copies and in editable
electronic format. The Client will provide comments on each draft within fifteen
working days.

5. TEAM COMPOSITION AND QUALIFICATIONS

The Consultant is expected to field a team with the following key experts:

Team Leader / Water Supply Engineer – a master's degree in civil engineering and at
least 15 years of experience
Hydrogeologist – at least 10 years of experience in groundwater investigations
Social Development Specialist – at least 8 years of experience in community
consultation

The key experts must be available for the whole duration of the assignment. The
Consultant may not replace a key expert without the prior written approval of the
Client.

=== page 2 ===
Terms of Reference – Rural Water Feasibility Study                      Page 2

6. REPORTING

The Consultant will report to the Director of Rural Water Supply. A Steering
Committee chaired by the Permanent Secretary will review each report.

7. DURATION

The assignment is expected to take seven months from the date of signature.

8. SELECTION METHOD

The Consultant will be selected by the Quality- and Cost-Based Selection method
set out in the Procurement Regulations for IPF Borrowers.
"#,
        rows: &[
            "Review existing studies, maps and census data",
            "Conduct a hydrogeological survey",
            "Prepare preliminary designs and cost estimates",
            "Hold consultations with communities",
            "The Consultant shall comply with the Environmental and Social Framework",
            "an Inception Report within four weeks",
            "a Hydrogeological Survey Report within twelve weeks",
            "Draft Feasibility Reports within twenty-four weeks",
            "Final Feasibility Reports within two weeks",
            "All reports are to be submitted in English",
            "a master's degree in civil engineering",
            "at least 10 years of experience in groundwater investigations",
            "at least 8 years of experience in community",
            "The key experts must be available for the whole duration",
            "may not replace a key expert without",
            "The Consultant will report to the Director",
        ],
        not_rows: &[
            "has received financing from the International",
            "rural households currently have access",
            "plans to use a portion of these funds",
            "The objective of the assignment is to prepare",
            "will make available all existing reports",
            "will provide comments on each draft",
            "chaired by the Permanent Secretary will review",
            "is expected to take seven months",
            "will be selected by the Quality- and Cost-Based",
        ],
    },
    Case {
        name: "en US university request for quotation, laboratory freezers",
        text: r#"NORTHBRIDGE STATE UNIVERSITY
Office of Procurement Services
REQUEST FOR QUOTATION   RFQ-NSU-26-031
Laboratory Freezers (-80 C) for the Department of Biology

Issue date:   January 20, 2026
Quotes due:   February 4, 2026, 3:00 PM Eastern
Buyer:        Dana Whitcomb, procurement@northbridge.example.edu

GENERAL
Northbridge State University invites quotations for the items described below.
This RFQ is issued under the University's small purchase procedures.

ITEM SPECIFICATIONS
Item 1 - Upright ultra-low temperature freezer, quantity 3
Each freezer must meet the following minimum requirements:
  1)  Capacity of at least 700 liters;
  2)  Temperature range adjustable from -50 C to -86 C;
  3)  Dual refrigeration system so that one compressor holds temperature if the
      other fails;
  4)  Energy Star certification;
  5)  Built-in alarm with a remote contact for the building monitoring system.

DELIVERY AND INSTALLATION
Prices quoted shall include delivery to Room 214, Hale Science Building. The vendor
is responsible for uncrating, placing and leveling each unit. Installation must be
completed within 45 days after receipt of the purchase order. Packing materials are
to be removed from campus by the vendor.
The University's loading dock is open from 7:30 AM to 3:30 PM on weekdays.

WARRANTY AND SERVICE
Vendors shall provide a warranty of not less than five years on compressors and two
years on parts and labor.
A service technician must be able to reach the campus within 48 hours of a service
call.

=== page 2 ===
RFQ-NSU-26-031                                                        Page 2

QUOTE SUBMISSION
Quotes are submitted by email to the buyer named above, with the RFQ number in the
subject line.
Include with your quote:
  - the completed price sheet;
  - manufacturer's specification sheets for each model quoted;
  - a copy of the warranty terms.
Do not include sales tax; the University is tax exempt.
Quotes that are incomplete may be deemed non-responsive.

AWARD
Award will be made to the lowest responsive and responsible vendor. The University
may award all items to one vendor or split the award by item. Payment terms are net
30 days after acceptance of the equipment.
"#,
        rows: &[
            "Capacity of at least 700 liters",
            "Temperature range adjustable",
            "Dual refrigeration system",
            "Energy Star certification",
            "Built-in alarm with a remote contact",
            "Prices quoted shall include delivery",
            "is responsible for uncrating, placing and leveling",
            "Installation must be completed within 45 days",
            "Packing materials are to be removed",
            "Vendors shall provide a warranty",
            "A service technician must be able to reach",
            "Quotes are submitted by email",
            "the completed price sheet",
            "manufacturer's specification sheets",
            "a copy of the warranty terms",
            "Do not include sales tax",
            "Quotes that are incomplete may be deemed non-responsive",
        ],
        not_rows: &[
            "Buyer: Dana Whitcomb",
            "invites quotations for the items",
            "is issued under the University's small purchase",
            "loading dock is open",
            "Award will be made to the lowest",
            "may award all items to one vendor",
            "Payment terms are net 30",
        ],
    },
    Case {
        name: "pt-br edital de pregão eletrônico, gêneros alimentícios",
        text: r#"PREFEITURA MUNICIPAL DE SÃO JOAQUIM DO ALTO
SECRETARIA MUNICIPAL DE ADMINISTRAÇÃO
EDITAL DE PREGÃO ELETRÔNICO Nº 018/2026
Processo Administrativo nº 2026/0457

1. DO OBJETO

1.1. A presente licitação tem por objeto o registro de preços para aquisição de
gêneros alimentícios destinados à merenda escolar da rede municipal de ensino.

1.2. A licitação será dividida em itens, conforme tabela constante do Termo de
Referência.

2. DA PARTICIPAÇÃO

2.1. Poderão participar deste pregão os interessados cujo ramo de atividade seja
compatível com o objeto.

2.2. É vedada a participação de empresas reunidas em consórcio.

2.3. O licitante deverá estar credenciado no sistema Compras.gov.br até o horário
fixado para a abertura da sessão.

2.4. É de responsabilidade do licitante acompanhar as operações no sistema durante a
sessão pública.

3. DA PROPOSTA

3.1. Os licitantes encaminharão, exclusivamente por meio do sistema, a proposta com a
descrição do objeto ofertado e o preço.

3.2. A proposta conterá obrigatoriamente:
a) marca e modelo do produto ofertado;
b) preço unitário e total de cada item, em moeda corrente nacional;
c) prazo de validade da proposta, não inferior a 60 (sessenta) dias.

3.3. Nos preços propostos deverão estar incluídos todos os tributos, fretes e
encargos incidentes.

4. DA HABILITAÇÃO

4.1. Para fins de habilitação, é necessário que o licitante apresente os seguintes
documentos
I - prova de inscrição no Cadastro Nacional de Pessoa Jurídica (CNPJ);
II - certidão negativa de débitos relativos aos tributos federais;
=== page 2 ===
Pregão Eletrônico nº 018/2026                                        fl. 2
III - certificado de regularidade do FGTS;
IV - certidão negativa de débitos trabalhistas (CNDT).

4.2. Os documentos deverão ser apresentados no prazo de 2 (duas) horas após a
convocação do pregoeiro.

4.3. O pregoeiro poderá consultar sítios oficiais para verificar as condições de
habilitação.

5. DA SESSÃO PÚBLICA

5.1. A abertura da sessão pública ocorrerá na data e hora indicadas no preâmbulo.

5.2. O pregoeiro verificará as propostas e desclassificará aquelas que não estejam
em conformidade com os requisitos do edital.

5.3. Os lances serão ofertados pelo valor unitário do item.

6. DAS OBRIGAÇÕES DA CONTRATADA

6.1. A contratada compromete-se a:
• entregar os produtos no prazo máximo de 5 (cinco) dias úteis contados do
recebimento da ordem de fornecimento;
• substituir, às suas expensas, os produtos que apresentarem vícios ou defeitos;
• manter, durante toda a execução, as condições de habilitação exigidas na licitação.

6.2. Os produtos perecíveis deverão ser transportados em veículo refrigerado.

7. DAS OBRIGAÇÕES DO MUNICÍPIO

7.1. Compete ao Município:
– efetuar o pagamento em até 30 (trinta) dias após o atesto da nota fiscal;
– fiscalizar a execução do contrato por meio de servidor designado.

8. DAS SANÇÕES

8.1. O licitante que deixar de entregar a documentação exigida ficará impedido de
licitar com o Município pelo prazo de até 5 (cinco) anos.

8.2. A Administração poderá aplicar multa de 10% sobre o valor do contrato em caso de
inexecução total.
"#,
        rows: &[
            "É vedada a participação de empresas reunidas em consórcio",
            "O licitante deverá estar credenciado",
            "É de responsabilidade do licitante acompanhar",
            "Os licitantes encaminharão",
            "marca e modelo do produto ofertado",
            "preço unitário e total de cada item",
            "prazo de validade da proposta, não inferior",
            "deverão estar incluídos todos os tributos",
            "prova de inscrição no Cadastro Nacional",
            "certidão negativa de débitos relativos aos tributos federais",
            "certificado de regularidade do FGTS",
            "certidão negativa de débitos trabalhistas",
            "Os documentos deverão ser apresentados no prazo",
            "Os lances serão ofertados pelo valor unitário",
            "entregar os produtos no prazo máximo",
            "substituir, às suas expensas",
            "manter, durante toda a execução",
            "deverão ser transportados em veículo refrigerado",
            "ficará impedido de licitar",
        ],
        not_rows: &[
            "tem por objeto o registro de preços",
            "será dividida em itens",
            "Poderão participar deste pregão",
            "poderá consultar sítios oficiais",
            "A abertura da sessão pública ocorrerá",
            "O pregoeiro verificará as propostas",
            "efetuar o pagamento em até 30",
            "fiscalizar a execução do contrato por meio",
            "poderá aplicar multa de 10%",
        ],
    },
    Case {
        name: "pt-br termo de referência, manutenção de ar condicionado",
        text: r#"ANEXO I – TERMO DE REFERÊNCIA

Contratação de serviços de manutenção preventiva e corretiva de aparelhos de ar
condicionado

1. OBJETO

Contratação de empresa especializada para prestação de serviços de manutenção
preventiva e corretiva, com fornecimento de peças, dos aparelhos de ar condicionado
instalados nas unidades do Tribunal.

2. JUSTIFICATIVA

Os aparelhos atualmente em uso têm, em média, oito anos de funcionamento e
apresentam falhas frequentes. A manutenção periódica é indispensável para garantir a
qualidade do ar nos ambientes de trabalho.

3. DESCRIÇÃO DOS SERVIÇOS

3.1 A manutenção preventiva será realizada mensalmente, conforme plano de manutenção
aprovado pela fiscalização.

3.2 Compõem a manutenção preventiva as seguintes rotinas

limpeza dos filtros de ar e das bandejas de condensado

verificação da pressão do gás refrigerante

medição da tensão e da corrente elétrica dos motores

lubrificação dos mancais dos ventiladores

3.3 A manutenção corretiva deve ser atendida em até 24 (vinte e quatro) horas após a
abertura do chamado.

3.4 As peças substituídas serão novas e originais, ou de qualidade equivalente.

3.5 É necessário que a empresa mantenha um técnico responsável com registro no CREA.

4. OBRIGAÇÕES DA CONTRATADA

Cabe à contratada:

a) fornecer aos seus empregados os equipamentos de proteção individual;

b) apresentar relatório mensal dos serviços executados, assinado pelo responsável
técnico;

c) responder por danos causados ao patrimônio do Tribunal por seus empregados.

A contratada não poderá subcontratar a totalidade dos serviços.

=== page 2 ===
Termo de Referência – Manutenção de ar condicionado              Página 2 de 2

5. OBRIGAÇÕES DO CONTRATANTE

O Tribunal designará um fiscal para acompanhar a execução dos serviços. O Tribunal
permitirá o acesso dos técnicos às dependências onde estão os aparelhos.

6. QUALIFICAÇÃO TÉCNICA

Para a qualificação técnica, o licitante apresentará atestado de capacidade técnica
que comprove a manutenção de pelo menos 50 (cinquenta) aparelhos.

A vistoria prévia dos locais é facultativa.

7. PAGAMENTO

O pagamento será efetuado mensalmente, mediante apresentação da nota fiscal atestada
pelo fiscal do contrato.

8. VIGÊNCIA

O contrato terá vigência de 12 (doze) meses, prorrogável na forma da lei.
"#,
        rows: &[
            "A manutenção preventiva será realizada mensalmente",
            "limpeza dos filtros de ar",
            "verificação da pressão do gás refrigerante",
            "medição da tensão e da corrente elétrica",
            "lubrificação dos mancais dos ventiladores",
            "A manutenção corretiva deve ser atendida",
            "As peças substituídas serão novas e originais",
            "É necessário que a empresa mantenha um técnico",
            "fornecer aos seus empregados os equipamentos",
            "apresentar relatório mensal dos serviços",
            "responder por danos causados ao patrimônio",
            "A contratada não poderá subcontratar",
            "o licitante apresentará atestado de capacidade técnica",
        ],
        not_rows: &[
            "Contratação de empresa especializada para prestação",
            "têm, em média, oito anos",
            "é indispensável para garantir",
            "designará um fiscal",
            "permitirá o acesso dos técnicos",
            "A vistoria prévia dos locais é facultativa",
            "O pagamento será efetuado mensalmente",
            "terá vigência de 12",
        ],
    },
    Case {
        name: "pt-pt caderno de encargos, serviços de limpeza",
        text: r#"CADERNO DE ENCARGOS

Concurso público para aquisição de serviços de limpeza para as escolas do
Agrupamento de Escolas de Vale do Sorraia

PARTE I – CLÁUSULAS JURÍDICAS

Cláusula 1.ª
Objeto
1 - O presente caderno de encargos compreende as cláusulas a incluir no contrato a
celebrar na sequência do procedimento pré-contratual.
2 - O contrato tem por objeto a prestação de serviços de limpeza em cinco
estabelecimentos de ensino.

Cláusula 2.ª
Prazo
O contrato mantém-se em vigor por um período de doze meses a contar da data da sua
assinatura.

Cláusula 3.ª
Obrigações principais do prestador de serviços
1 - Sem prejuízo de outras obrigações previstas na legislação aplicável, o prestador
de serviços obriga-se a:
a) Executar as tarefas de limpeza nos horários definidos no anexo I;
b) Assegurar a substituição de qualquer trabalhador ausente no próprio dia;
c) Utilizar produtos de limpeza biodegradáveis e certificados;
d) Comunicar por escrito qualquer facto que impeça o cumprimento pontual do
contrato.
2 - O prestador de serviços é responsável pelo cumprimento das normas de segurança e
saúde no trabalho.
3 - Incumbe ao prestador de serviços a recolha seletiva dos resíduos produzidos.

Cláusula 4.ª
Pessoal
1 - O pessoal afeto à execução do contrato deve possuir formação adequada às funções.
2 - O prestador de serviços fica obrigado a apresentar, antes do início do contrato,
a lista nominal dos trabalhadores.
3 - Os trabalhadores usarão fardamento identificado com o nome da empresa.

=== page 2 ===
Caderno de Encargos – Serviços de Limpeza                                     2/2

Cláusula 5.ª
Preço contratual
Pela prestação dos serviços, a entidade adjudicante pagará ao prestador o preço
constante da proposta adjudicada.

Cláusula 6.ª
Penalidades contratuais
1 - Pelo incumprimento dos horários de limpeza, a entidade adjudicante pode exigir o
pagamento de uma pena pecuniária de 50 euros por cada dia de atraso.
2 - O prestador de serviços não pode ceder a sua posição contratual sem autorização
prévia da entidade adjudicante.

Cláusula 7.ª
Seguros
É da responsabilidade do prestador de serviços a contratação de um seguro de
responsabilidade civil.

PARTE II – CLÁUSULAS TÉCNICAS

Cláusula 8.ª
Tarefas diárias
As tarefas diárias compreendem
– a aspiração e lavagem dos pavimentos das salas de aula;
– a limpeza das instalações sanitárias, duas vezes por dia;
– o despejo dos recipientes de lixo.

Cláusula 9.ª
Gestão do contrato
1 - A entidade adjudicante nomeia um gestor do contrato, que acompanha a sua
execução.
2 - O gestor do contrato pode solicitar ao prestador de serviços a repetição de
qualquer tarefa mal executada.
"#,
        rows: &[
            "Executar as tarefas de limpeza nos horários",
            "Assegurar a substituição de qualquer trabalhador",
            "Utilizar produtos de limpeza biodegradáveis",
            "Comunicar por escrito qualquer facto",
            "é responsável pelo cumprimento das normas de segurança",
            "Incumbe ao prestador de serviços a recolha seletiva",
            "deve possuir formação adequada",
            "fica obrigado a apresentar, antes do início",
            "Os trabalhadores usarão fardamento",
            "não pode ceder a sua posição contratual",
            "a contratação de um seguro de responsabilidade civil",
            "a aspiração e lavagem dos pavimentos",
            "a limpeza das instalações sanitárias",
            "o despejo dos recipientes de lixo",
        ],
        not_rows: &[
            "compreende as cláusulas a incluir",
            "tem por objeto a prestação de serviços de limpeza",
            "mantém-se em vigor",
            "pagará ao prestador o preço",
            "pode exigir o pagamento de uma pena",
            "nomeia um gestor do contrato",
            "pode solicitar ao prestador de serviços a repetição",
        ],
    },
    Case {
        name: "fr appel à projets d'une fondation, lecture en milieu rural",
        text: r#"Fondation Lumière des Savoirs
Appel à projets 2026 – « Lire partout »
Soutien aux projets de promotion de la lecture en milieu rural

1. Contexte

La Fondation Lumière des Savoirs soutient depuis 2011 des initiatives en faveur de
l'accès au livre. En zone rurale, une commune sur trois ne dispose d'aucun point de
lecture publique.

2. Qui peut candidater ?

Peuvent répondre à cet appel les associations loi 1901 et les bibliothèques
municipales. La structure candidate doit exister depuis au moins deux ans à la date
de dépôt. Chaque structure ne peut déposer qu'un seul projet.

3. Engagements du porteur de projet

Le porteur de projet s'engage à :
 mettre en œuvre le projet dans un délai de douze mois ;
 mentionner le soutien de la Fondation sur tous ses supports de communication ;
 transmettre un bilan d'activité et un bilan financier à la fin du projet ;
 restituer les sommes non utilisées.

Il est demandé aux lauréats de participer à une journée d'échanges organisée à Lyon.

4. Constitution du dossier

Le dossier de candidature comprend les pièces suivantes
le formulaire de candidature complété et signé
les statuts de la structure
le budget prévisionnel du projet
un relevé d'identité bancaire

Les candidatures sont déposées sur la plateforme en ligne de la Fondation avant le
15 avril 2026 à midi. Les dossiers incomplets ne seront pas instruits.

=== page 2 ===
Appel à projets « Lire partout » 2026                                        2

5. Sélection

Un comité d'experts examine les dossiers recevables. Le comité apprécie notamment
l'impact du projet sur les publics éloignés de la lecture.

La Fondation se réserve le droit de ne pas attribuer la totalité de l'enveloppe.

6. Financement

Le montant de la subvention est compris entre 5 000 et 20 000 euros.

La subvention est versée en deux fois : 70 % à la signature de la convention, le
solde après réception du bilan.
"#,
        rows: &[
            "La structure candidate doit exister depuis au moins deux ans",
            "ne peut déposer qu'un seul projet",
            "mettre en œuvre le projet dans un délai",
            "mentionner le soutien de la Fondation",
            "transmettre un bilan d'activité",
            "restituer les sommes non utilisées",
            "Il est demandé aux lauréats de participer",
            "le formulaire de candidature complété et signé",
            "les statuts de la structure",
            "le budget prévisionnel du projet",
            "un relevé d'identité bancaire",
            "Les candidatures sont déposées sur la plateforme",
            "Les dossiers incomplets ne seront pas instruits",
        ],
        not_rows: &[
            "soutient depuis 2011",
            "ne dispose d'aucun point de lecture",
            "Peuvent répondre à cet appel",
            "Un comité d'experts examine",
            "Le comité apprécie notamment",
            "se réserve le droit de ne pas attribuer",
            "Le montant de la subvention est compris",
            "La subvention est versée en deux fois",
        ],
    },
    Case {
        name: "fr marché public de travaux, CCTP menuiseries extérieures",
        text: r#"MARCHÉ PUBLIC DE TRAVAUX
Commune de Saint-Aubin-des-Prés
Réhabilitation de la salle polyvalente

CAHIER DES CLAUSES TECHNIQUES PARTICULIÈRES (CCTP)
Lot n° 04 – Menuiseries extérieures

ARTICLE 1 – OBJET DU PRÉSENT CCTP

Le présent CCTP a pour objet de définir les prestations du lot menuiseries
extérieures. Le bâtiment, construit en 1978, présente des menuiseries en aluminium
sans rupture de pont thermique.

ARTICLE 2 – PRESCRIPTIONS GÉNÉRALES

2.1   L'entrepreneur est réputé avoir pris connaissance des lieux et de toutes les
      contraintes du site.
2.2   Les travaux seront exécutés conformément aux normes NF DTU 36.5 et aux règles
      professionnelles en vigueur.
2.3   L'entrepreneur doit fournir, avant toute commande, les fiches techniques des
      menuiseries proposées.
2.4   Les échantillons sont soumis à l'approbation du maître d'œuvre.
2.5   Le maître d'œuvre dispose de huit jours pour faire connaître ses observations.

ARTICLE 3 – DESCRIPTION DES OUVRAGES

3.1   Dépose
Dépose soignée des menuiseries existantes, y compris évacuation en décharge agréée.

3.2   Fenêtres
Fourniture et pose de fenêtres en PVC à double vitrage, coefficient Uw inférieur ou
égal à 1,3 W/m².K.
Les fenêtres comportent :
   • une quincaillerie oscillo-battante ;
   • des entrées d'air hygroréglables intégrées à la traverse haute ;
   • des joints d'étanchéité en EPDM.

3.3   Porte d'entrée
La porte d'entrée est équipée d'une serrure trois points et d'une barre anti-panique.

=== page 2 ===
CCTP – Lot 04 Menuiseries extérieures                               Page 2/2

ARTICLE 4 – EXÉCUTION

Il appartient à l'entrepreneur de protéger les ouvrages jusqu'à la réception. Les
gravats sont évacués chaque jour. Le stockage de matériaux dans la cour de l'école
est interdit pendant les heures de classe. Toute dégradation des existants sera
réparée aux frais de l'entrepreneur.

L'entrepreneur ne pourra en aucun cas se prévaloir d'une méconnaissance des plans.

ARTICLE 5 – RÉCEPTION

Le maître d'ouvrage prononce la réception sur proposition du maître d'œuvre. À la
réception, l'entrepreneur remet le dossier des ouvrages exécutés en trois
exemplaires.
"#,
        rows: &[
            "est réputé avoir pris connaissance des lieux",
            "Les travaux seront exécutés conformément",
            "L'entrepreneur doit fournir, avant toute commande",
            "Les échantillons sont soumis à l'approbation",
            "Dépose soignée des menuiseries existantes",
            "Fourniture et pose de fenêtres en PVC",
            "une quincaillerie oscillo-battante",
            "des entrées d'air hygroréglables",
            "des joints d'étanchéité en EPDM",
            "La porte d'entrée est équipée d'une serrure",
            "Il appartient à l'entrepreneur de protéger",
            "Les gravats sont évacués chaque jour",
            "Le stockage de matériaux dans la cour",
            "Toute dégradation des existants sera réparée",
            "ne pourra en aucun cas se prévaloir",
            "l'entrepreneur remet le dossier des ouvrages exécutés",
        ],
        not_rows: &[
            "a pour objet de définir les prestations",
            "construit en 1978",
            "dispose de huit jours",
            "prononce la réception sur proposition",
        ],
    },
    Case {
        name: "es pliego de prescripciones técnicas, mantenimiento de ascensores",
        text: r#"PLIEGO DE PRESCRIPCIONES TÉCNICAS PARTICULARES QUE HA DE REGIR LA CONTRATACIÓN
DEL SERVICIO DE MANTENIMIENTO DE ASCENSORES DE LOS EDIFICIOS MUNICIPALES
Ayuntamiento de Villanueva del Cierzo
Expediente: 2026/SER/0031

PRIMERA. OBJETO DEL CONTRATO

El presente pliego tiene por objeto establecer las condiciones técnicas del servicio
de mantenimiento de los catorce ascensores de propiedad municipal. La relación de
aparatos figura en el anexo I.

SEGUNDA. ALCANCE DEL SERVICIO

El servicio comprende
1. El mantenimiento preventivo con la periodicidad que exige el Reglamento de
aparatos de elevación.
2. La reparación de averías, incluida la mano de obra y los desplazamientos.
3. La asistencia en las inspecciones periódicas realizadas por el organismo de
control.

TERCERA. OBLIGACIONES DEL CONTRATISTA

3.1. El contratista se compromete a prestar el servicio con personal propio
debidamente cualificado.
3.2. Es obligatorio disponer de un servicio de atención de urgencias las 24 horas del
día, todos los días del año.
3.3. El tiempo de respuesta ante un aviso de persona atrapada no excederá de 45
minutos.
3.4. Corresponde al contratista la gestión de los residuos generados por el servicio.
3.5. El contratista llevará un libro de mantenimiento por cada aparato.
3.6. Queda prohibida la utilización de repuestos de segunda mano.

CUARTA. MEDIOS PERSONALES

Se exige que el técnico responsable cuente con el carné de operador de ascensores.
El personal irá identificado con la tarjeta de la empresa.

=== page 2 ===
Pliego de prescripciones técnicas – Mantenimiento de ascensores           Pág. 2

QUINTA. OBLIGACIONES DEL AYUNTAMIENTO

El Ayuntamiento facilitará el acceso a los cuartos de máquinas. El responsable del
contrato podrá dar instrucciones al contratista para la correcta ejecución del
servicio.

SEXTA. DOCUMENTACIÓN TÉCNICA DE LA OFERTA

Los licitadores incluirán en el sobre B la siguiente documentación técnica:
- Memoria descriptiva del plan de mantenimiento propuesto.
- Relación de medios materiales adscritos al contrato.
- Procedimiento de atención de urgencias.
La memoria tendrá una extensión máxima de 20 páginas. Las ofertas que no incluyan
esta documentación serán excluidas del procedimiento.

SÉPTIMA. PENALIDADES

El Ayuntamiento podrá imponer penalidades por el incumplimiento de los tiempos de
respuesta.
"#,
        rows: &[
            "El mantenimiento preventivo con la periodicidad",
            "La reparación de averías",
            "La asistencia en las inspecciones periódicas",
            "El contratista se compromete a prestar el servicio",
            "Es obligatorio disponer de un servicio de atención",
            "no excederá de 45",
            "Corresponde al contratista la gestión de los residuos",
            "El contratista llevará un libro de mantenimiento",
            "Queda prohibida la utilización de repuestos",
            "Se exige que el técnico responsable",
            "El personal irá identificado",
            "Memoria descriptiva del plan de mantenimiento",
            "Relación de medios materiales",
            "Procedimiento de atención de urgencias",
            "La memoria tendrá una extensión máxima",
            "serán excluidas del procedimiento",
        ],
        not_rows: &[
            "tiene por objeto establecer las condiciones",
            "La relación de aparatos figura",
            "facilitará el acceso a los cuartos",
            "podrá dar instrucciones al contratista",
            "podrá imponer penalidades",
        ],
    },
    Case {
        name: "it disciplinare di gara, trasporto scolastico",
        text: r#"COMUNE DI VALLEFIORITA
Provincia di Montelago

DISCIPLINARE DI GARA
Procedura aperta per l'affidamento del servizio di trasporto scolastico per gli
anni scolastici 2026/2027 e 2027/2028 - CIG 9A1B2C3D4E

1. PREMESSE
Con determina a contrarre n. 112 del 15 gennaio 2026, questa Amministrazione ha
deliberato di affidare il servizio di trasporto scolastico. Il servizio interessa
circa 240 alunni delle scuole dell'infanzia, primarie e secondarie di primo grado.

2. DOCUMENTAZIONE DI GARA
La documentazione di gara comprende:
a) bando di gara;
b) disciplinare di gara;
c) capitolato speciale d'appalto;
d) schema di contratto.

3. REQUISITI DI PARTECIPAZIONE
3.1 I concorrenti devono essere iscritti al Registro delle imprese per attività
coerenti con l'oggetto della gara.
3.2 È richiesto il possesso dell'autorizzazione all'esercizio della professione di
trasportatore su strada di persone.
3.3 I concorrenti dovranno dimostrare di aver eseguito, nell'ultimo triennio, servizi
analoghi per un importo non inferiore a euro 300.000.
3.4 Non è ammesso l'avvalimento per i requisiti di idoneità professionale.

4. MODALITÀ DI PRESENTAZIONE DELL'OFFERTA
4.1 L'offerta è presentata esclusivamente per via telematica attraverso la
piattaforma di e-procurement del Comune.
4.2 L'offerta si compone di tre buste telematiche
busta A – documentazione amministrativa
busta B – offerta tecnica
busta C – offerta economica
4.3 L'offerta tecnica va redatta in lingua italiana e non deve superare 15 facciate
in formato A4.
4.4 L'offerta economica, a pena di esclusione, indica il ribasso percentuale sul
prezzo a base di gara.

=== page 2 ===
Disciplinare di gara – Trasporto scolastico                               pag. 2

5. GARANZIA PROVVISORIA
L'offerta è corredata da una garanzia provvisoria pari al 2% del valore
dell'appalto. La mancata presentazione della garanzia comporta l'esclusione dalla
gara.

6. SOPRALLUOGO
Il sopralluogo sui percorsi non è obbligatorio. I concorrenti che intendono
effettuarlo possono prenotarlo via PEC.

7. CRITERIO DI AGGIUDICAZIONE
L'appalto è aggiudicato in base al criterio dell'offerta economicamente più
vantaggiosa.
   Offerta tecnica          punti 80
   Offerta economica        punti 20
La commissione giudicatrice è nominata dopo la scadenza del termine di
presentazione delle offerte.

8. OBBLIGHI DELL'AGGIUDICATARIO
L'aggiudicatario è tenuto a stipulare il contratto entro 30 giorni
dall'aggiudicazione. L'aggiudicatario si impegna a utilizzare mezzi immatricolati da
non più di dieci anni. La stazione appaltante si riserva la facoltà di non procedere
all'aggiudicazione.
"#,
        rows: &[
            "I concorrenti devono essere iscritti al Registro",
            "È richiesto il possesso dell'autorizzazione",
            "I concorrenti dovranno dimostrare di aver eseguito",
            "Non è ammesso l'avvalimento",
            "L'offerta è presentata esclusivamente per via telematica",
            "busta A – documentazione amministrativa",
            "busta B – offerta tecnica",
            "busta C – offerta economica",
            "va redatta in lingua italiana",
            "indica il ribasso percentuale",
            "L'offerta è corredata da una garanzia provvisoria",
            "La mancata presentazione della garanzia comporta l'esclusione",
            "è tenuto a stipulare il contratto",
            "si impegna a utilizzare mezzi immatricolati",
        ],
        not_rows: &[
            "ha deliberato di affidare",
            "Il servizio interessa circa 240",
            "bando di gara;",
            "capitolato speciale d'appalto;",
            "schema di contratto.",
            "Il sopralluogo sui percorsi non è obbligatorio",
            "possono prenotarlo via PEC",
            "L'appalto è aggiudicato in base al criterio",
            "punti 80",
            "La commissione giudicatrice è nominata",
            "si riserva la facoltà di non procedere",
        ],
    },
    Case {
        name: "de Leistungsbeschreibung, Gebäudereinigung",
        text: r#"Leistungsbeschreibung
Gebäudereinigung für das Landratsamt Birkenfelde
Vergabenummer: LRA-BF-2026-07

1 Allgemeines

1.1 Der Landkreis Birkenfelde beabsichtigt, die Unterhaltsreinigung seiner
Verwaltungsgebäude neu zu vergeben.
1.2 Die zu reinigende Fläche beträgt insgesamt rund 18.500 m².
1.3 Auftragnehmer im Sinne dieser Leistungsbeschreibung ist das Unternehmen, das den
Zuschlag erhält.

2 Leistungsumfang

2.1 Der Auftragnehmer hat die Reinigung nach dem Leistungsverzeichnis in Anlage 2
auszuführen.
2.2 Die Reinigung erfolgt werktags zwischen 16:00 Uhr und 21:00 Uhr.
2.3 Zu den täglichen Leistungen gehören
- Entleeren der Papierkörbe und Einsetzen neuer Müllbeutel
- feuchtes Wischen der Böden in Fluren und Treppenhäusern
=== page 2 ===
Leistungsbeschreibung Gebäudereinigung – LRA-BF-2026-07                  Seite 2
- Reinigen der Sanitäranlagen einschließlich Nachfüllen der Verbrauchsmaterialien
2.4 Glasflächen sind zweimal jährlich innen und außen zu reinigen.
2.5 Reinigungsmittel müssen umweltverträglich und biologisch abbaubar sein.

3 Personal

3.1 Der Auftragnehmer verpflichtet sich, nur sozialversicherungspflichtig
beschäftigtes Personal einzusetzen.
3.2 Für jedes Objekt ist ein deutschsprachiger Objektleiter zu benennen.
3.3 Das Reinigungspersonal darf Akten und Schriftstücke weder lesen noch entfernen.
3.4 Der Auftraggeber stellt kostenlos Räume für die Lagerung von Geräten zur
Verfügung.

4 Qualitätssicherung

4.1 Der Auftragnehmer führt monatlich eine dokumentierte Qualitätskontrolle durch.
4.2 Mängel werden innerhalb von 24 Stunden kostenlos beseitigt.
4.3 Der Auftraggeber ist berechtigt, die Reinigungsleistung jederzeit zu
kontrollieren.

5 Angebotsunterlagen

Mit dem Angebot sind folgende Unterlagen einzureichen:
a) Referenzliste mit mindestens drei vergleichbaren Aufträgen
b) Nachweis der Eintragung in die Handwerksrolle
c) Reinigungskonzept mit Angabe der Leistungswerte in m² pro Stunde

Ein Konzept von mehr als zehn Seiten ist nicht zulässig. Angebote, die nach Ablauf
der Frist eingehen, werden nicht berücksichtigt.

Der Auftraggeber behält sich vor, fehlende Nachweise nachzufordern.
"#,
        rows: &[
            "hat die Reinigung nach dem Leistungsverzeichnis",
            "Die Reinigung erfolgt werktags",
            "Entleeren der Papierkörbe",
            "feuchtes Wischen der Böden",
            "Reinigen der Sanitäranlagen",
            "Glasflächen sind zweimal jährlich",
            "Reinigungsmittel müssen umweltverträglich",
            "verpflichtet sich, nur sozialversicherungspflichtig",
            "ist ein deutschsprachiger Objektleiter zu benennen",
            "darf Akten und Schriftstücke weder lesen",
            "führt monatlich eine dokumentierte Qualitätskontrolle",
            "Mängel werden innerhalb von 24 Stunden",
            "Referenzliste mit mindestens drei",
            "Nachweis der Eintragung in die Handwerksrolle",
            "Reinigungskonzept mit Angabe der Leistungswerte",
            "von mehr als zehn Seiten ist nicht zulässig",
            "werden nicht berücksichtigt",
        ],
        not_rows: &[
            "beabsichtigt, die Unterhaltsreinigung",
            "beträgt insgesamt rund",
            "das den Zuschlag erhält",
            "stellt kostenlos Räume",
            "ist berechtigt, die Reinigungsleistung",
            "behält sich vor, fehlende Nachweise",
        ],
    },
];

const KNOWN_MISSES: &[&str] = &[
    "de Leistungsbeschreibung, Gebäudereinigung | Mängel werden innerhalb von 24 Stunden",
    "de Leistungsbeschreibung, Gebäudereinigung | darf Akten und Schriftstücke weder lesen",
    "en UK council invitation to tender, grounds maintenance | All operatives are to hold the relevant qualifications",
    "en World-Bank-style consultant terms of reference | a master's degree in civil engineering",
    "en World-Bank-style consultant terms of reference | at least 10 years of experience in groundwater investigations",
    "en World-Bank-style consultant terms of reference | at least 8 years of experience in community",
    "en World-Bank-style consultant terms of reference | is expected to take seven months",
    "es pliego de prescripciones técnicas, mantenimiento de ascensores | El personal irá identificado",
    "es pliego de prescripciones técnicas, mantenimiento de ascensores | La memoria tendrá una extensión máxima",
    "es pliego de prescripciones técnicas, mantenimiento de ascensores | no excederá de 45",
    "fr marché public de travaux, CCTP menuiseries extérieures | Dépose soignée des menuiseries existantes",
    "fr marché public de travaux, CCTP menuiseries extérieures | La porte d'entrée est équipée d'une serrure",
    "it disciplinare di gara, trasporto scolastico | La commissione giudicatrice è nominata",
    "it disciplinare di gara, trasporto scolastico | punti 80",
    "pt-br termo de referência, manutenção de ar condicionado | A manutenção preventiva será realizada mensalmente",
    "pt-br termo de referência, manutenção de ar condicionado | As peças substituídas serão novas e originais",
    "pt-br termo de referência, manutenção de ar condicionado | limpeza dos filtros de ar",
    "pt-br termo de referência, manutenção de ar condicionado | lubrificação dos mancais dos ventiladores",
    "pt-br termo de referência, manutenção de ar condicionado | medição da tensão e da corrente elétrica",
    "pt-br termo de referência, manutenção de ar condicionado | verificação da pressão do gás refrigerante",
    "pt-br termo de referência, manutenção de ar condicionado | é indispensável para garantir",
    "pt-pt caderno de encargos, serviços de limpeza | Os trabalhadores usarão fardamento",
];

#[test]
fn the_second_fresh_matrix_probe_fails_only_its_known_misses() {
    for (lang, found, binding, kept, not_rows) in per_language(CASES) {
        eprintln!("{lang}: recall {found}/{binding}, precision proxy {kept}/{not_rows} kept out");
    }
    assert_known_misses(
        "second fresh matrix probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
