import type { Entity } from '../core/types';
import type { PlaceLink } from '../documentModel/hoverFacts';
import type { NewsDocumentModel } from '../documentModel/newsDocumentModel';

/**
 * The place and its parents up to the province: 泽普县 (县) → 喀什地区 → 新疆维吾尔自治区. From the gazetteer
 * chain computed with the analysis, else by following `parent` through the document's own places.
 */
export function placeChainOf(place: Entity, model: NewsDocumentModel): PlaceLink[] {
  const name = place.canonical ?? place.text;
  const fromGazetteer = model.facts.placeChains[name];
  if (fromGazetteer && fromGazetteer.length > 0) {
    return fromGazetteer[0].name === name ? fromGazetteer : [{ name, kind: place.kind }, ...fromGazetteer];
  }
  const chain: PlaceLink[] = [{ name, kind: place.kind }];
  let parent = place.parent;
  while (parent && chain.length < 6 && !chain.some((link) => link.name === parent)) {
    const parentEntity = model.entities.find((e) => e.type === 'place' && (e.canonical ?? e.text) === parent);
    chain.push({ name: parent, kind: parentEntity?.kind });
    parent = parentEntity?.parent;
  }
  return chain;
}
