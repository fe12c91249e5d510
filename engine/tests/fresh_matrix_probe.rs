//! A fresh probe of the compliance matrix on WHOLE small tenders nobody tuned for
//! (issue 31), Portuguese first: twelve documents of our own, written before the
//! engine's code of the matrix was read, laid out as a PDF's text extraction leaves
//! them (numbered clauses, lettered and roman items, items without marks, blank lines
//! between paragraphs, a running header, tables as lines, `=== page N ===` markers):
//! four Portuguese (a Brazilian pregão eletrônico's termo de referência, a Brazilian
//! chamamento público for civil-society organisations, a Portuguese caderno de
//! encargos and a programa do procedimento), two French (a consultant's terms of
//! reference in West Africa, a French town's règlement de la consultation), two
//! Spanish (a Spanish pliego de prescripciones técnicas, a Latin-American bases de
//! convocatoria), two Italian (a capitolato speciale, a disciplinare di gara) and two
//! German (a Leistungsbeschreibung, an Aufforderung zur Angebotsabgabe). Every
//! sentence and item is invented for this probe.
//!
//! In each, every binding statement of the bidder or contractor is listed in `rows`
//! (a verbatim fragment that must be in a row of its own: present, and in no row with
//! another binding fragment of the document), and what binds nobody in `not_rows`
//! (the issuer's own duties and rights, background, definitions, the committee's acts,
//! permissions, tables' cells: in no row). The shapes: modal verbs; obligations
//! without a modal ("é obrigatória a apresentação", "cabe à contratada", "fica a
//! contratada obrigada a", "il est demandé", "es obligatorio", "ist vorzulegen");
//! undertakings; future duties of the contractor; prohibitions; consequences;
//! imperatives and infinitive items; lists under a lead-in ending with ':' and without.
//!
//! Recall here = binding fragments in a row of their own / all binding fragments;
//! precision proxy = `not_rows` fragments kept out / all `not_rows` fragments (the
//! test prints both per language).
//!
//! First score (written before the engine's code was read): 178/209 checks pass.
//! Recall / precision proxy per language: pt-br 23/28, 17/20; pt-pt 16/23, 12/13;
//! fr 20/23, 14/16; es 15/20, 9/9; it 15/20, 10/10; de 18/18, 9/9 (all: 107/132
//! binding fragments a row of their own, 71/77 non-binding fragments kept out). The
//! misses: Portugal's paragraphs numbered "2 - " run on into the item before them;
//! lists under a lead-in without ':' (items without marks) lost or merged; future
//! passives and "irá" ("serão executados", "seront rédigés"); "fica ... obrigada a",
//! "incumbe à", "è fatto obbligo", "è causa di esclusione", "ne sont pas
//! autorisées", a present tense of rules ("sont transmises"); the items of a list
//! under the issuer's right ("a Administração poderá aplicar as seguintes sanções:")
//! or a description ("Le dossier de consultation comprend :") taken as rows; the
//! issuer named "contraente público" taken as bound by "deve pagar".
//!
//! With the first rules: 193/209 (recall 118/132, precision proxy 75/77): paragraphs
//! numbered "2 - " after a sentence's end open a clause of their own (`units.rs`,
//! +6); "fica a contratada obrigada a", "queda el contratista obligado a", "è fatto
//! obbligo / divieto", "il est fait obligation / interdiction", "è causa di
//! esclusione", "o contraente público" the issuer (lexicons, +4); the work's and the
//! deliverables' future passive ("Os trabalhos serão executados", "Les rapports
//! seront rédigés", `reading.rs`, +2); a lead-in whose "may" has the issuer for
//! subject leads no list in ("a Administração poderá aplicar as seguintes sanções:",
//! +3). Left: lists under a lead-in without ':' and without "following" (pt-br, es,
//! it), "Incumbe à organização" (an NGO applicant not named as the bidder), "irá
//! uniformado", "será un ingeniero", "sont transmises", the issuer's dossier listed
//! under "Le dossier de consultation comprend :". Then 194/209: the French lexicon's
//! "n'(?:est|sont) pas …" never read a plural ("ne sont pas autorisées"), now
//! "(?:n'est|ne sont) pas …" (+1).

mod probe;

use probe::{ItemCase as Case, assert_known_misses, item_case_rows, item_failures, per_language};

const CASES: &[Case] = &[
    Case {
        name: "pt-br pregão eletrônico, termo de referência",
        text: r#"PREFEITURA MUNICIPAL DE SANTA LUZIA DO NORTE
Pregão Eletrônico nº 045/2026 - Termo de Referência

TERMO DE REFERÊNCIA

1. DO OBJETO

1.1. O presente Termo de Referência tem por objeto a contratação de empresa
especializada na prestação de serviços de limpeza e conservação predial, com
fornecimento de materiais.

1.2. A contratação será realizada por meio de pregão eletrônico, do tipo menor
preço global.

ITEM   DESCRIÇÃO                        UNIDADE   QUANT.
1      Limpeza de área interna          m²        4.500
2      Limpeza de área externa          m²        1.200

2. DAS CONDIÇÕES DE PARTICIPAÇÃO

2.1. Poderão participar deste pregão as empresas cadastradas no sistema
eletrônico de compras.

2.2. Não poderão participar deste certame:

a) empresas suspensas de licitar com a Administração Pública;

b) consórcios de empresas, qualquer que seja sua forma de constituição;

c) empresas cujo sócio seja servidor do Município.

2.3. É vedada a subcontratação total do objeto.

Página 1 de 3
=== page 2 ===
Pregão Eletrônico nº 045/2026 - Termo de Referência

3. DA HABILITAÇÃO

3.1. Para fins de habilitação, a licitante deverá apresentar os seguintes
documentos:

a) prova de inscrição no Cadastro Nacional da Pessoa Jurídica;
b) certidão negativa de débitos trabalhistas;
c) balanço patrimonial do último exercício social.

3.2. É obrigatória a apresentação de atestado de capacidade técnica emitido
por pessoa jurídica de direito público ou privado.

3.3. Será inabilitada a licitante que deixar de apresentar qualquer dos
documentos exigidos neste item.

3.4. O pregoeiro verificará a regularidade cadastral da licitante no SICAF.

4. DAS OBRIGAÇÕES DA CONTRATADA

4.1. A CONTRATADA deverá:

I - fornecer uniformes e equipamentos de proteção individual aos seus
empregados;

II - substituir, no prazo de vinte e quatro horas, o empregado cuja conduta
seja considerada inadequada;

III - manter preposto no local durante todo o horário de execução dos serviços.

4.2. Cabe à contratada arcar com todos os encargos trabalhistas,
previdenciários e fiscais.

4.3. Fica a contratada obrigada a aceitar os acréscimos ou supressões de até
vinte e cinco por cento do valor inicial do contrato.

4.4. A contratada executará os serviços de segunda a sexta-feira, das 7h às 17h.

4.5. A contratada compromete-se a manter, durante toda a execução do contrato,
as condições de habilitação.

Página 2 de 3
=== page 3 ===
Pregão Eletrônico nº 045/2026 - Termo de Referência

5. DAS OBRIGAÇÕES DA CONTRATANTE

5.1. A CONTRATANTE efetuará o pagamento até o trigésimo dia após o atesto da
nota fiscal.

5.2. Compete à Administração fiscalizar a execução do contrato por meio de
servidor designado.

6. DA VISTORIA

6.1. A licitante poderá realizar vistoria nas instalações até dois dias úteis
antes da abertura da sessão.

7. DAS SANÇÕES

7.1. Pela inexecução total ou parcial do contrato, a Administração poderá
aplicar as seguintes sanções:

a) advertência por escrito;
b) multa de dez por cento sobre o valor do contrato;
c) suspensão temporária de participar em licitação por até dois anos.

Página 3 de 3
"#,
        rows: &[
            "empresas suspensas de licitar com a Administração Pública",
            "consórcios de empresas, qualquer que seja sua forma de constituição",
            "empresas cujo sócio seja servidor do Município",
            "É vedada a subcontratação total do objeto",
            "prova de inscrição no Cadastro Nacional da Pessoa Jurídica",
            "certidão negativa de débitos trabalhistas",
            "balanço patrimonial do último exercício social",
            "É obrigatória a apresentação de atestado de capacidade técnica",
            "Será inabilitada a licitante que deixar de apresentar",
            "fornecer uniformes e equipamentos de proteção individual",
            "substituir, no prazo de vinte e quatro horas, o empregado",
            "manter preposto no local durante todo o horário",
            "Cabe à contratada arcar com todos os encargos",
            "Fica a contratada obrigada a aceitar os acréscimos",
            "A contratada executará os serviços de segunda a sexta-feira",
            "A contratada compromete-se a manter",
        ],
        not_rows: &[
            "tem por objeto a contratação de empresa",
            "será realizada por meio de pregão eletrônico",
            "Limpeza de área interna",
            "Poderão participar deste pregão",
            "O pregoeiro verificará a regularidade",
            "A CONTRATANTE efetuará o pagamento",
            "Compete à Administração fiscalizar",
            "poderá realizar vistoria",
            "advertência por escrito",
            "multa de dez por cento sobre o valor",
            "suspensão temporária de participar",
            "Página 2 de 3",
        ],
    },
    Case {
        name: "pt-br chamamento público para organizações da sociedade civil",
        text: r#"SECRETARIA ESTADUAL DE DESENVOLVIMENTO SOCIAL
EDITAL DE CHAMAMENTO PÚBLICO Nº 03/2026

1. DO OBJETO

1.1. O presente edital visa à seleção de organização da sociedade civil para a
celebração de termo de colaboração destinado à execução de oficinas de
qualificação profissional para jovens de 16 a 24 anos.

2. DA PARTICIPAÇÃO

2.1. Poderão participar do chamamento as organizações da sociedade civil sem
fins lucrativos sediadas no Estado.

2.2. Para participar, a organização deverá comprovar no mínimo três anos de
existência, com cadastro ativo no CNPJ.

2.3. É vedada a participação de organizações que tenham como dirigente membro
do Poder Legislativo.

3. DA PROPOSTA

3.1. Compõem a proposta de trabalho os seguintes elementos
descrição da realidade que será objeto da parceria
metas a serem atingidas e indicadores de aferição
cronograma de execução das atividades

3.2. As propostas serão recebidas exclusivamente pela plataforma estadual de
parcerias.

Edital de Chamamento Público nº 03/2026                              pág. 1
=== page 2 ===
Edital de Chamamento Público nº 03/2026

4. DOS DOCUMENTOS

4.1. A organização selecionada será convocada para, no prazo de cinco dias
úteis:

Apresentar cópia do estatuto registrado e suas alterações;

Apresentar relação nominal atualizada dos dirigentes da entidade;

Comprovar experiência prévia na realização de atividades de natureza
semelhante.

4.2. A falta de qualquer documento implicará a eliminação da organização.

5. DA SELEÇÃO

5.1. A comissão de seleção analisará as propostas segundo os critérios da
tabela abaixo.

Critério                                  Pontuação máxima
Experiência na área de qualificação       30
Adequação da proposta ao objeto           40
Capacidade técnica da equipe              30

5.2. Em caso de empate, prevalecerá a proposta com maior nota no critério de
adequação.

6. DAS OBRIGAÇÕES DA ORGANIZAÇÃO PARCEIRA

6.1. A organização parceira obriga-se a prestar contas dos recursos recebidos
em até noventa dias após o término da vigência.

6.2. Incumbe à organização divulgar, em seu sítio eletrônico, a parceria
celebrada com o Estado.

6.3. A organização não poderá utilizar os recursos em finalidade diversa da
pactuada.

7. DOS RECURSOS FINANCEIROS

7.1. O valor total disponível é de R$ 450.000,00, na dotação orçamentária
12.345.

7.2. Os recursos serão liberados em três parcelas, conforme o cronograma de
desembolso.

Edital de Chamamento Público nº 03/2026                              pág. 2
"#,
        rows: &[
            "a organização deverá comprovar no mínimo três anos",
            "É vedada a participação de organizações",
            "descrição da realidade que será objeto da parceria",
            "metas a serem atingidas e indicadores de aferição",
            "cronograma de execução das atividades",
            "Apresentar cópia do estatuto registrado",
            "Apresentar relação nominal atualizada dos dirigentes",
            "Comprovar experiência prévia na realização",
            "A falta de qualquer documento implicará a eliminação",
            "obriga-se a prestar contas dos recursos recebidos",
            "Incumbe à organização divulgar",
            "A organização não poderá utilizar os recursos",
        ],
        not_rows: &[
            "O presente edital visa à seleção",
            "Poderão participar do chamamento",
            "A comissão de seleção analisará",
            "Experiência na área de qualificação",
            "prevalecerá a proposta com maior nota",
            "O valor total disponível",
            "Os recursos serão liberados em três parcelas",
            "pág. 1",
        ],
    },
    Case {
        name: "pt-pt caderno de encargos",
        text: r#"MUNICÍPIO DE VALE DAS AZENHAS
CADERNO DE ENCARGOS
Concurso Público n.º 7/2026 - Aquisição de serviços de manutenção de espaços verdes

PARTE I - CLÁUSULAS JURÍDICAS

Cláusula 1.ª
Objeto
O presente caderno de encargos compreende as cláusulas a incluir no contrato a
celebrar na sequência do procedimento de concurso público.

Cláusula 2.ª
Prazo
O contrato mantém-se em vigor pelo prazo de doze meses a contar da data da sua
assinatura.

Cláusula 3.ª
Obrigações principais do prestador de serviços
1 - Sem prejuízo de outras obrigações previstas na legislação aplicável,
constituem obrigações do prestador de serviços:
a) Executar os trabalhos de corte de relva com a periodicidade fixada no
anexo I;
b) Recolher e transportar a destino final adequado os resíduos verdes
produzidos;
c) Comunicar ao contraente público, no prazo de 48 horas, qualquer facto que
torne impossível o cumprimento pontual do contrato.
2 - O prestador de serviços obriga-se a dispor de todos os meios humanos e
materiais necessários à execução do contrato.
3 - É da responsabilidade do prestador de serviços a reparação dos danos
causados em equipamentos municipais.

Cláusula 4.ª
Preço contratual
1 - Pela prestação dos serviços, o contraente público deve pagar ao prestador
o preço constante da proposta adjudicada.
2 - O preço base do procedimento é de 85 000,00 euros, acrescido de IVA.

Caderno de Encargos - CP n.º 7/2026                                    1/2
=== page 2 ===
Caderno de Encargos - CP n.º 7/2026

Cláusula 5.ª
Seguros
É obrigatória a contratação, pelo prestador de serviços, de seguro de
responsabilidade civil com capital mínimo de 250 000 euros.

Cláusula 6.ª
Penalidades contratuais
Pelo incumprimento dos prazos, o contraente público pode exigir uma pena
pecuniária de 0,5 % do preço contratual por cada dia de atraso.

Cláusula 7.ª
Subcontratação
O prestador de serviços não pode subcontratar sem autorização prévia do
contraente público.

Cláusula 8.ª
Sigilo
O prestador de serviços deve guardar sigilo sobre toda a informação de que
tome conhecimento no âmbito do contrato.

PARTE II - CLÁUSULAS TÉCNICAS

Cláusula 9.ª
Especificações técnicas
Zona                     Área (m2)     Frequência do corte
Parque da Cidade         18 000        Quinzenal
Jardim Municipal         4 500         Semanal

Os trabalhos serão executados entre as 8h00 e as 17h00, nos dias úteis.
O adjudicatário utilizará exclusivamente produtos fitofarmacêuticos
homologados.

Caderno de Encargos - CP n.º 7/2026                                    2/2
"#,
        rows: &[
            "Executar os trabalhos de corte de relva",
            "Recolher e transportar a destino final adequado",
            "Comunicar ao contraente público, no prazo de 48 horas",
            "O prestador de serviços obriga-se a dispor",
            "É da responsabilidade do prestador de serviços a reparação",
            "É obrigatória a contratação, pelo prestador de serviços",
            "não pode subcontratar sem autorização prévia",
            "deve guardar sigilo sobre toda a informação",
            "Os trabalhos serão executados entre as 8h00 e as 17h00",
            "O adjudicatário utilizará exclusivamente produtos",
        ],
        not_rows: &[
            "compreende as cláusulas a incluir no contrato",
            "O contrato mantém-se em vigor",
            "o contraente público deve pagar ao prestador",
            "O preço base do procedimento",
            "o contraente público pode exigir uma pena",
            "Parque da Cidade",
        ],
    },
    Case {
        name: "pt-pt programa do procedimento",
        text: r#"FREGUESIA DE SÃO MAMEDE DAS FONTES
PROGRAMA DO PROCEDIMENTO
Concurso público para a empreitada de requalificação do largo da igreja

Artigo 1.º
Identificação do procedimento
1 - O presente procedimento tem por objeto a empreitada de requalificação do
largo da igreja e das ruas adjacentes.
2 - A entidade adjudicante é a Freguesia de São Mamede das Fontes.

Artigo 2.º
Decisão de contratar
A decisão de contratar foi tomada por deliberação da Junta de Freguesia de 10
de março de 2026.

Artigo 3.º
Esclarecimentos
1 - Os pedidos de esclarecimento devem ser apresentados por escrito até ao
termo do primeiro terço do prazo de apresentação das propostas.
2 - O júri prestará os esclarecimentos por escrito através da plataforma.

Artigo 4.º
Documentos da proposta
1 - A proposta é constituída pelos seguintes documentos:
a) Declaração de aceitação do conteúdo do caderno de encargos, conforme o
anexo I;
b) Documento que contenha o preço contratual proposto;
c) Nota justificativa do preço proposto.
2 - Os documentos da proposta são obrigatoriamente redigidos em língua
portuguesa.
3 - Os concorrentes não podem apresentar propostas variantes.

Artigo 5.º
Prazo de apresentação das propostas
As propostas devem ser apresentadas na plataforma eletrónica até às 17h00 do
vigésimo dia a contar da publicação do anúncio.

Artigo 6.º
Prazo da obrigação de manutenção das propostas
Os concorrentes ficam obrigados a manter as suas propostas pelo prazo de 90
dias.

Programa do Procedimento                                         Pág. 1 de 2
=== page 2 ===
Programa do Procedimento

Artigo 7.º
Critério de adjudicação
1 - A adjudicação é feita segundo o critério da proposta economicamente mais
vantajosa, na modalidade de avaliação do preço.
2 - O júri pode excluir as propostas cujo preço seja anormalmente baixo.

Artigo 8.º
Exclusão de propostas
São excluídas as propostas que não sejam instruídas com todos os documentos
exigidos no artigo 4.º.

Artigo 9.º
Documentos de habilitação
1 - O adjudicatário deve apresentar, no prazo de dez dias úteis após a
notificação da adjudicação, os seguintes documentos de habilitação:
Certidão permanente do registo comercial atualizada
Certificado de registo criminal dos titulares dos órgãos sociais
Declaração de situação contributiva regularizada
2 - O adjudicatário prestará caução no valor de 5 % do preço contratual.

Artigo 10.º
Legislação aplicável
A tudo o que não esteja previsto no presente programa aplica-se o Código dos
Contratos Públicos.

Programa do Procedimento                                         Pág. 2 de 2
"#,
        rows: &[
            "Os pedidos de esclarecimento devem ser apresentados",
            "Declaração de aceitação do conteúdo do caderno de encargos",
            "Documento que contenha o preço contratual proposto",
            "Nota justificativa do preço proposto",
            "são obrigatoriamente redigidos em língua portuguesa",
            "Os concorrentes não podem apresentar propostas variantes",
            "As propostas devem ser apresentadas na plataforma",
            "Os concorrentes ficam obrigados a manter",
            "São excluídas as propostas que não sejam instruídas",
            "Certidão permanente do registo comercial",
            "Certificado de registo criminal",
            "Declaração de situação contributiva regularizada",
            "O adjudicatário prestará caução",
        ],
        not_rows: &[
            "tem por objeto a empreitada",
            "A entidade adjudicante é a Freguesia",
            "A decisão de contratar foi tomada",
            "O júri prestará os esclarecimentos",
            "A adjudicação é feita segundo o critério",
            "O júri pode excluir as propostas",
            "aplica-se o Código dos Contratos Públicos",
        ],
    },
    Case {
        name: "fr termes de référence d'un consultant en Afrique de l'Ouest",
        text: r#"TERMES DE RÉFÉRENCE
Recrutement d'un consultant individuel pour l'évaluation finale du projet
d'appui aux filières agricoles - Burkina Faso

1. Contexte

Le projet, financé par un bailleur multilatéral, intervient depuis 2022 dans
quatre régions du pays.

Il vise à renforcer les revenus des petits producteurs de sésame et de niébé.

2. Objectif de la mission

L'évaluation a pour objectif d'apprécier la pertinence, l'efficacité et la
durabilité des actions menées.

3. Tâches du consultant

Le consultant sera chargé de :
- conduire une revue documentaire des rapports du projet ;
- réaliser des entretiens avec les bénéficiaires et les partenaires ;
- animer un atelier de restitution à Ouagadougou.

Il est demandé au consultant de respecter les principes éthiques de
l'évaluation.

Le consultant s'engage à remettre un rapport provisoire dans un délai de trois
semaines après le démarrage.

4. Livrables

Livrable                 Délai
Note de cadrage          J+7
Rapport provisoire       J+21
Rapport final            J+35

Les rapports seront rédigés en français et remis en version électronique.

TdR - Évaluation finale                                            Page 1/2
=== page 2 ===
TdR - Évaluation finale

5. Profil requis

Le consultant doit justifier :
a) d'un diplôme de niveau master en agroéconomie ou discipline équivalente ;
b) d'au moins dix ans d'expérience en évaluation de projets de développement ;
c) d'une bonne connaissance de la zone sahélienne.

La maîtrise d'une langue nationale constitue un atout.

6. Dossier de candidature

Les candidats intéressés sont invités à transmettre les pièces suivantes
Une offre technique présentant la compréhension des termes de référence
Une offre financière exprimée en francs CFA hors taxes
Le curriculum vitae daté et signé du consultant

Toute offre incomplète sera rejetée.

7. Modalités de paiement

Le projet versera 30 % à la signature du contrat et le solde à l'approbation du
rapport final.

Le projet prendra en charge les frais de déplacement sur le terrain.

TdR - Évaluation finale                                            Page 2/2
"#,
        rows: &[
            "conduire une revue documentaire",
            "réaliser des entretiens avec les bénéficiaires",
            "animer un atelier de restitution",
            "Il est demandé au consultant de respecter",
            "Le consultant s'engage à remettre un rapport provisoire",
            "Les rapports seront rédigés en français",
            "d'un diplôme de niveau master",
            "d'au moins dix ans d'expérience",
            "d'une bonne connaissance de la zone sahélienne",
            "Une offre technique présentant la compréhension",
            "Une offre financière exprimée en francs CFA",
            "Le curriculum vitae daté et signé",
            "Toute offre incomplète sera rejetée",
        ],
        not_rows: &[
            "intervient depuis 2022",
            "Il vise à renforcer les revenus",
            "L'évaluation a pour objectif",
            "Note de cadrage",
            "constitue un atout",
            "Le projet versera 30 %",
            "Le projet prendra en charge",
        ],
    },
    Case {
        name: "fr règlement de la consultation d'une ville",
        text: r#"VILLE DE SAINT-AUBIN-LES-CHÊNES
Marché public de travaux - Réfection de la toiture du gymnase municipal

RÈGLEMENT DE LA CONSULTATION

Article 1 - Objet de la consultation

La présente consultation porte sur la réfection complète de la couverture en
bac acier du gymnase Jean-Moulin.

Le marché est passé selon la procédure adaptée.

Article 2 - Conditions de la consultation

2.1 Variantes
Les variantes ne sont pas autorisées.

2.2 Visite du site
La visite du site est obligatoire.
Les candidats prendront rendez-vous auprès des services techniques au moins 48
heures à l'avance.
Une attestation de visite sera remise à chaque candidat par les services
techniques.

Article 3 - Contenu du dossier de consultation

Le dossier de consultation comprend :
- le présent règlement ;
- le cahier des clauses administratives particulières ;
- le bordereau des prix unitaires.

Article 4 - Présentation des candidatures et des offres

4.1 Pièces de la candidature
Chaque candidat aura à produire les pièces suivantes :
a) la lettre de candidature (formulaire DC1) ;
b) la déclaration du candidat (formulaire DC2) ;
c) une attestation d'assurance décennale en cours de validité.

4.2 Pièces de l'offre
Le candidat doit fournir un mémoire technique précisant les moyens humains
affectés au chantier.
Il est exigé un planning détaillé d'exécution des travaux.

RC - Toiture du gymnase                                                  1/2
=== page 2 ===
RC - Toiture du gymnase

Article 5 - Jugement des offres

Les offres seront jugées selon les critères pondérés suivants :
Prix des prestations : 60 %
Valeur technique : 40 %

La ville se réserve le droit de négocier avec les trois candidats les mieux
classés.

Article 6 - Conditions d'envoi des plis

Les offres sont transmises par voie électronique sur le profil d'acheteur.

Tout pli reçu après la date limite ne sera pas ouvert.

Article 7 - Renseignements complémentaires

Les candidats peuvent poser leurs questions jusqu'à dix jours avant la date
limite.

La ville répondra au plus tard six jours avant cette date.

RC - Toiture du gymnase                                                  2/2
"#,
        rows: &[
            "Les variantes ne sont pas autorisées",
            "La visite du site est obligatoire",
            "Les candidats prendront rendez-vous",
            "la lettre de candidature (formulaire DC1)",
            "la déclaration du candidat (formulaire DC2)",
            "une attestation d'assurance décennale",
            "Le candidat doit fournir un mémoire technique",
            "Il est exigé un planning détaillé",
            "Les offres sont transmises par voie électronique",
            "Tout pli reçu après la date limite ne sera pas ouvert",
        ],
        not_rows: &[
            "La présente consultation porte sur",
            "Le marché est passé selon la procédure",
            "Une attestation de visite sera remise",
            "le cahier des clauses administratives particulières",
            "le bordereau des prix unitaires",
            "Valeur technique : 40",
            "se réserve le droit de négocier",
            "Les candidats peuvent poser leurs questions",
            "La ville répondra au plus tard",
        ],
    },
    Case {
        name: "es pliego de prescripciones técnicas de un ayuntamiento",
        text: r#"AYUNTAMIENTO DE VILLANUEVA DEL ROBLEDAL
PLIEGO DE PRESCRIPCIONES TÉCNICAS
Servicio de mantenimiento de ascensores de edificios municipales

1. OBJETO

El objeto del presente pliego es definir las condiciones técnicas que regirán
la contratación del servicio de mantenimiento de los ascensores municipales.

2. ALCANCE

El servicio comprende los siguientes edificios:

Edificio                  Ascensores    Paradas
Casa Consistorial         2             4
Biblioteca Central        1             3
Centro de Mayores         1             2

3. OBLIGACIONES DEL ADJUDICATARIO

3.1. El adjudicatario deberá realizar una revisión mensual de cada aparato.

3.2. Es obligatorio disponer de un servicio de atención de averías las 24
horas del día, todos los días del año.

3.3. Corresponde al contratista la sustitución de las piezas desgastadas sin
coste adicional.

3.4. El contratista se compromete a atender los avisos de personas atrapadas
en un plazo máximo de 30 minutos.

3.5. El contratista queda obligado a llevar un libro de registro de cada
ascensor.

3.6. El personal técnico irá debidamente uniformado e identificado.

Pliego de Prescripciones Técnicas                               Página 1 de 2
=== page 2 ===
Pliego de Prescripciones Técnicas

4. PERSONAL

El contratista asignará al servicio, como mínimo:

a) un técnico de ascensores con certificado de cualificación individual;

b) un encargado responsable de la coordinación con el Ayuntamiento.

5. OBLIGACIONES DEL AYUNTAMIENTO

El Ayuntamiento facilitará el acceso a los cuartos de máquinas.

El responsable del contrato podrá inspeccionar los trabajos en cualquier
momento.

6. PROHIBICIONES

Queda prohibido ceder el contrato a terceros sin autorización expresa.

No se permitirá la subcontratación de las revisiones periódicas.

Pliego de Prescripciones Técnicas                               Página 2 de 2
"#,
        rows: &[
            "deberá realizar una revisión mensual",
            "Es obligatorio disponer de un servicio de atención de averías",
            "Corresponde al contratista la sustitución",
            "El contratista se compromete a atender",
            "El contratista queda obligado a llevar",
            "El personal técnico irá debidamente uniformado",
            "un técnico de ascensores con certificado",
            "un encargado responsable de la coordinación",
            "Queda prohibido ceder el contrato",
            "No se permitirá la subcontratación",
        ],
        not_rows: &[
            "El objeto del presente pliego es definir",
            "Biblioteca Central",
            "El Ayuntamiento facilitará el acceso",
            "podrá inspeccionar los trabajos",
        ],
    },
    Case {
        name: "es bases de convocatoria latinoamericanas",
        text: r#"MUNICIPALIDAD DISTRITAL DE SAN ISIDRO DE LAS LOMAS
BASES DE LA CONVOCATORIA
Servicio de consultoría para la actualización del catastro urbano

I. GENERALIDADES

1.1 Entidad convocante: Municipalidad Distrital de San Isidro de las Lomas.

1.2 El valor referencial asciende a S/ 320 000,00 incluidos los impuestos de
ley.

1.3 El plazo de ejecución del servicio es de ciento ochenta días calendario.

II. REQUISITOS DE LOS POSTORES

Los postores deben cumplir los siguientes requisitos:
- Contar con inscripción vigente en el Registro Nacional de Proveedores.
- Acreditar una facturación mínima de S/ 500 000,00 en servicios similares.
- No estar impedido para contratar con el Estado.

III. CONTENIDO DE LA OFERTA

La oferta contendrá, además de un índice, la documentación siguiente
Declaración jurada de datos del postor
Carta de compromiso del personal clave
Promesa de consorcio con firmas legalizadas, de ser el caso

Es obligatoria la presentación de la oferta económica en soles.

Bases - Catastro urbano                                                   1
=== page 2 ===
Bases - Catastro urbano

IV. PERSONAL CLAVE

El jefe de proyecto será un ingeniero geógrafo con colegiatura vigente.

Se requiere un especialista en sistemas de información geográfica con tres
años de experiencia.

V. EVALUACIÓN

El comité de selección evaluará las ofertas conforme a la siguiente tabla:

Factor                         Puntaje
Experiencia del postor         50
Metodología propuesta          50

Será descalificada la oferta que no alcance 70 puntos en la evaluación
técnica.

VI. FORMA DE PAGO

La Entidad pagará en tres armadas, previa conformidad del área usuaria.

Bases - Catastro urbano                                                   2
"#,
        rows: &[
            "Contar con inscripción vigente",
            "Acreditar una facturación mínima",
            "No estar impedido para contratar",
            "Declaración jurada de datos del postor",
            "Carta de compromiso del personal clave",
            "Promesa de consorcio con firmas legalizadas",
            "Es obligatoria la presentación de la oferta económica",
            "El jefe de proyecto será un ingeniero geógrafo",
            "Se requiere un especialista en sistemas",
            "Será descalificada la oferta que no alcance",
        ],
        not_rows: &[
            "El valor referencial asciende",
            "El plazo de ejecución del servicio es",
            "El comité de selección evaluará",
            "Metodología propuesta",
            "La Entidad pagará en tres armadas",
        ],
    },
    Case {
        name: "it capitolato speciale d'appalto",
        text: r#"COMUNE DI SAN MARTINO AL PIANO
CAPITOLATO SPECIALE D'APPALTO
Servizio di ristorazione scolastica - anni scolastici 2026/2028

Art. 1 - Oggetto dell'appalto
Il presente capitolato disciplina l'affidamento del servizio di refezione per le
scuole dell'infanzia e primarie del territorio comunale.

Art. 2 - Durata
L'appalto ha durata di due anni scolastici, con decorrenza dal 1° settembre
2026.

Art. 3 - Obblighi dell'appaltatore
L'appaltatore è tenuto a garantire la preparazione dei pasti presso il centro
cottura comunale.
L'appaltatore dovrà utilizzare prodotti biologici per almeno il 50 per cento
delle derrate.
È fatto obbligo all'appaltatore di rispettare le grammature indicate nelle
tabelle dietetiche.
Spetta all'appaltatore la pulizia dei refettori al termine di ogni turno.
L'appaltatore si impegna a fornire diete speciali agli alunni con
certificazione medica.

Art. 4 - Personale
Il personale addetto dovrà essere in possesso dell'attestato di formazione in
materia di igiene degli alimenti.
L'appaltatore comunicherà al Comune l'elenco nominativo del personale prima
dell'avvio del servizio.

Capitolato speciale - Ristorazione scolastica                      pag. 1 di 2
=== page 2 ===
Capitolato speciale - Ristorazione scolastica

Art. 5 - Obblighi del Comune
Il Comune mette a disposizione i locali e le attrezzature del centro cottura.
Il Comune provvederà alla manutenzione straordinaria degli impianti.

Art. 6 - Divieti
È vietato l'uso di alimenti contenenti organismi geneticamente modificati.
Non è ammesso il subappalto della preparazione dei pasti.

Art. 7 - Penali
In caso di mancato rispetto del menù, il Comune applicherà una penale di euro
500 per ciascun episodio contestato.

Art. 8 - Quantità presunte
Scuola                      Pasti giornalieri
Infanzia Rodari             120
Primaria Collodi            340

Capitolato speciale - Ristorazione scolastica                      pag. 2 di 2
"#,
        rows: &[
            "L'appaltatore è tenuto a garantire la preparazione",
            "L'appaltatore dovrà utilizzare prodotti biologici",
            "È fatto obbligo all'appaltatore di rispettare",
            "Spetta all'appaltatore la pulizia dei refettori",
            "L'appaltatore si impegna a fornire diete speciali",
            "Il personale addetto dovrà essere in possesso",
            "L'appaltatore comunicherà al Comune l'elenco",
            "È vietato l'uso di alimenti",
            "Non è ammesso il subappalto",
        ],
        not_rows: &[
            "Il presente capitolato disciplina",
            "L'appalto ha durata di due anni",
            "Il Comune mette a disposizione",
            "Il Comune provvederà alla manutenzione",
            "il Comune applicherà una penale",
            "Infanzia Rodari",
        ],
    },
    Case {
        name: "it disciplinare di gara",
        text: r#"DISCIPLINARE DI GARA
Procedura aperta per l'affidamento del servizio di manutenzione del verde
pubblico - Comune di Roccabianca Alta

1. PREMESSE

Con determinazione n. 88 del 2026 questa Amministrazione ha disposto di
affidare il servizio mediante procedura aperta.

2. REQUISITI DI PARTECIPAZIONE

I concorrenti devono possedere, a pena di esclusione, i seguenti requisiti:
a) iscrizione nel registro delle imprese per attività coerenti con l'oggetto;
b) fatturato specifico nel triennio non inferiore a euro 200.000;
c) possesso della certificazione di qualità ISO 9001.

Non possono partecipare gli operatori economici che si trovano in una delle
cause di esclusione previste dal codice.

3. SOPRALLUOGO

Il sopralluogo è obbligatorio.

La mancata effettuazione del sopralluogo è causa di esclusione dalla
procedura.

Disciplinare di gara - Verde pubblico                                      1
=== page 2 ===
Disciplinare di gara - Verde pubblico

4. CONTENUTO DELLA BUSTA A

Nella busta A devono essere contenuti
la domanda di partecipazione sottoscritta digitalmente
il documento di gara unico europeo compilato in ogni parte
la garanzia provvisoria pari al 2 per cento del prezzo base

5. OFFERTA TECNICA

Presentare una relazione tecnica di massimo 20 facciate.

Allegare il curriculum del responsabile del servizio.

6. AGGIUDICAZIONE

La commissione giudicatrice attribuirà i punteggi sulla base dei criteri
indicati.

La stazione appaltante può decidere di non procedere all'aggiudicazione.

Il contratto sarà stipulato in forma pubblica amministrativa.

Disciplinare di gara - Verde pubblico                                      2
"#,
        rows: &[
            "iscrizione nel registro delle imprese",
            "fatturato specifico nel triennio",
            "possesso della certificazione di qualità",
            "Non possono partecipare gli operatori economici",
            "Il sopralluogo è obbligatorio",
            "La mancata effettuazione del sopralluogo è causa di esclusione",
            "la domanda di partecipazione sottoscritta digitalmente",
            "il documento di gara unico europeo",
            "la garanzia provvisoria pari al 2 per cento",
            "Presentare una relazione tecnica",
            "Allegare il curriculum del responsabile",
        ],
        not_rows: &[
            "questa Amministrazione ha disposto",
            "La commissione giudicatrice attribuirà",
            "può decidere di non procedere",
            "Il contratto sarà stipulato",
        ],
    },
    Case {
        name: "de Leistungsbeschreibung einer Stadt",
        text: r#"Stadt Wiesenfeld am Bach
Leistungsbeschreibung
Unterhaltsreinigung der städtischen Verwaltungsgebäude

1. Gegenstand der Leistung

Gegenstand der Ausschreibung ist die Unterhaltsreinigung der städtischen
Verwaltungsgebäude ab dem 1. Juli 2026.

Die Reinigungsflächen ergeben sich aus der folgenden Aufstellung:

Gebäude             Fläche (m²)     Reinigungsintervall
Rathaus             3.200           täglich
Bürgerbüro          850             dreimal wöchentlich

2. Pflichten des Auftragnehmers

Der Auftragnehmer hat die Reinigung außerhalb der Dienstzeiten durchzuführen.

Der Auftragnehmer verpflichtet sich, ausschließlich umweltverträgliche
Reinigungsmittel einzusetzen.

Das Reinigungspersonal ist vor Beginn der Tätigkeit in die Hausordnung
einzuweisen.

Der Auftragnehmer stellt einen verantwortlichen Objektleiter.

Schäden sind dem Auftraggeber unverzüglich schriftlich anzuzeigen.

Der Auftragnehmer wird monatlich einen Leistungsnachweis vorlegen.

Leistungsbeschreibung Unterhaltsreinigung                          Seite 1 von 2
=== page 2 ===
Leistungsbeschreibung Unterhaltsreinigung

3. Pflichten des Auftraggebers

Der Auftraggeber stellt Wasser und Strom kostenlos zur Verfügung.

Der Auftraggeber ist berechtigt, die Leistung jederzeit zu kontrollieren.

4. Verbote

Es ist untersagt, Dritten Zugang zu den Büroräumen zu gewähren.

Das Mitbringen von Gästen ist nicht gestattet.

Leistungsbeschreibung Unterhaltsreinigung                          Seite 2 von 2
"#,
        rows: &[
            "Der Auftragnehmer hat die Reinigung außerhalb der Dienstzeiten",
            "Der Auftragnehmer verpflichtet sich",
            "Das Reinigungspersonal ist vor Beginn der Tätigkeit",
            "Der Auftragnehmer stellt einen verantwortlichen Objektleiter",
            "Schäden sind dem Auftraggeber unverzüglich",
            "Der Auftragnehmer wird monatlich einen Leistungsnachweis",
            "Es ist untersagt, Dritten Zugang",
            "Das Mitbringen von Gästen ist nicht gestattet",
        ],
        not_rows: &[
            "Gegenstand der Ausschreibung ist",
            "Bürgerbüro",
            "Der Auftraggeber stellt Wasser und Strom",
            "Der Auftraggeber ist berechtigt",
        ],
    },
    Case {
        name: "de Aufforderung zur Angebotsabgabe",
        text: r#"Landkreis Oberhollen - Zentrale Vergabestelle
Aufforderung zur Abgabe eines Angebots
Lieferung von Notebooks für die Grundschulen des Landkreises

1. Allgemeines

Der Landkreis beabsichtigt, 400 Notebooks für den Unterricht zu beschaffen.

Das Verfahren wird als offenes Verfahren durchgeführt.

2. Eignung

Zum Nachweis der Eignung sind mit dem Angebot vorzulegen:
a) Eigenerklärung zum Nichtvorliegen von Ausschlussgründen;
b) Angabe des Umsatzes der letzten drei Geschäftsjahre;
c) mindestens zwei Referenzen über vergleichbare Lieferungen.

Ein Nachweis über die Zertifizierung als Fachhändler ist vorzulegen.

3. Angebotsabgabe

Die Angebote müssen bis zum 15.05.2026, 10:00 Uhr, elektronisch über die
Vergabeplattform eingereicht werden.

Angebote in Papierform werden nicht berücksichtigt.

Nebenangebote sind nicht zugelassen.

Der Bieter ist an sein Angebot bis zum 30.06.2026 gebunden.

Aufforderung zur Angebotsabgabe                                         - 1 -
=== page 2 ===
Aufforderung zur Angebotsabgabe

4. Fragen

Bieterfragen können bis sieben Tage vor Ablauf der Angebotsfrist gestellt
werden.

Die Antworten werden allen Bietern über die Plattform bekannt gemacht.

5. Wertung

Der Zuschlag wird auf das wirtschaftlichste Angebot erteilt.

Kriterium        Gewichtung
Preis            70 %
Service          30 %

6. Liefer- und Leistungspflichten

Die Geräte sind frei Verwendungsstelle zu liefern.

Der Auftragnehmer hat eine Garantie von mindestens 36 Monaten zu gewähren.

Aufforderung zur Angebotsabgabe                                         - 2 -
"#,
        rows: &[
            "Eigenerklärung zum Nichtvorliegen von Ausschlussgründen",
            "Angabe des Umsatzes der letzten drei Geschäftsjahre",
            "mindestens zwei Referenzen über vergleichbare Lieferungen",
            "Ein Nachweis über die Zertifizierung als Fachhändler ist vorzulegen",
            "Die Angebote müssen bis zum 15.05.2026",
            "Angebote in Papierform werden nicht berücksichtigt",
            "Nebenangebote sind nicht zugelassen",
            "Der Bieter ist an sein Angebot",
            "Die Geräte sind frei Verwendungsstelle zu liefern",
            "Der Auftragnehmer hat eine Garantie",
        ],
        not_rows: &[
            "Der Landkreis beabsichtigt",
            "Das Verfahren wird als offenes Verfahren",
            "Bieterfragen können bis sieben Tage",
            "Die Antworten werden allen Bietern",
            "Der Zuschlag wird auf das wirtschaftlichste",
        ],
    },
];

/// The checks the engine fails today: "case name | fragment".
const KNOWN_MISSES: &[&str] = &[
    "es bases de convocatoria latinoamericanas | Carta de compromiso del personal clave",
    "es bases de convocatoria latinoamericanas | Declaración jurada de datos del postor",
    "es bases de convocatoria latinoamericanas | El jefe de proyecto será un ingeniero geógrafo",
    "es bases de convocatoria latinoamericanas | Promesa de consorcio con firmas legalizadas",
    "es pliego de prescripciones técnicas de un ayuntamiento | El personal técnico irá debidamente uniformado",
    "it disciplinare di gara | il documento di gara unico europeo",
    "it disciplinare di gara | la domanda di partecipazione sottoscritta digitalmente",
    "it disciplinare di gara | la garanzia provvisoria pari al 2 per cento",
    "pt-br chamamento público para organizações da sociedade civil | Incumbe à organização divulgar",
];

#[test]
fn the_fresh_matrix_probe_fails_only_its_known_misses() {
    for (lang, found, binding, kept, not_rows) in per_language(CASES) {
        eprintln!("{lang}: recall {found}/{binding}, precision proxy {kept}/{not_rows} kept out");
    }
    assert_known_misses(
        "fresh matrix probe",
        CASES,
        item_failures,
        |case| format!("{}: {:#?}", case.name, item_case_rows(case)),
        KNOWN_MISSES,
    );
}
