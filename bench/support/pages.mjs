/** One address per page type, used by every benchmark. */
export const PAGE_TYPES = [
  { name: "home", path: "/" },
  { name: "guidance page", path: "/what-is-independent-advocacy" },
  { name: "finder question", path: "/find-advocacy/topic?nation=england&answering=topic" },
  { name: "finder result", path: "/find-advocacy/result?nation=england&topic=mental-health&mha=detained" },
  { name: "search results", path: "/search?q=care+act" },
];

/** The three addresses the load test compares. */
export const LOAD_TARGETS = [
  { name: "guidance page", path: "/what-is-independent-advocacy" },
  { name: "finder result", path: "/find-advocacy/result?nation=england&topic=mental-health&mha=detained" },
  { name: "API", path: "/api/finder?nation=england&topic=mental-health&mha=detained" },
];
