/** Example queries for the console: each one reads the stored model (see lib/neo4j/graph-model.ts). */
export interface ExampleQuery {
  id: string;
  label: string;
  query: string;
}

export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    id: "people",
    label: "People and their relations",
    query: "MATCH (p:Person)-[r]->(o)\nRETURN p, r, o\nLIMIT 25",
  },
  {
    id: "top",
    label: "Most mentioned entities",
    query:
      "MATCH (e:Entity)\nRETURN e.name AS name, e.type AS type, e.mentionCount AS mentions\nORDER BY mentions DESC\nLIMIT 20",
  },
  {
    id: "predicates",
    label: "Relations by predicate",
    query:
      "MATCH (:Entity)-[r]->(:Entity)\nWHERE r.predicate IS NOT NULL\nRETURN r.predicate AS predicate, count(*) AS relations\nORDER BY relations DESC",
  },
  {
    id: "articles",
    label: "Articles and their outlets",
    query: "MATCH (a:Article)\nRETURN a.title AS title, a.source AS outlet, a.date AS date\nORDER BY date DESC",
  },
  {
    id: "co-mentions",
    label: "Entities mentioned together",
    query:
      "MATCH (a:Article)-[:MENTIONS]->(x:Entity), (a)-[:MENTIONS]->(y:Entity)\nWHERE x.id < y.id\nRETURN x.name AS first, y.name AS second, count(a) AS articles\nORDER BY articles DESC\nLIMIT 20",
  },
  {
    id: "evidence",
    label: "Evidence sentences",
    query:
      "MATCH (s:Statement)-[:SUBJECT]->(x:Entity), (s)-[:OBJECT]->(y:Entity)\nRETURN x.name AS subject, s.predicate AS predicate, y.name AS object, s.sentence AS sentence\nLIMIT 20",
  },
];
