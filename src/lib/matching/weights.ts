// The criteria weights in a module of their own: the findability hints (client code on the
// claim form) read them without pulling in the criteria and their vocabularies.
// The description's weights follow how reliable each detail is (decision 178): eye colour does
// not change, so it weighs most of them; nationality is strong where a found person gives it
// (most found records do not); hair is dyed and cut, build changes, skin words are subjective.
export const WEIGHTS = {
  name: 35,
  marks: 22,
  age: 15,
  place: 10,
  height: 8,
  eyes: 6,
  nationality: 5,
  languages: 5,
  timeGap: 5,
  clothing: 4,
  hair: 3,
  photo: 3,
  build: 2,
  skin: 2,
} as const;
export type CriterionKey = keyof typeof WEIGHTS;
