// An evidence sentence with the relation's entity mentions marked in their type colour (React text only, never HTML).
import { colourForType } from "@/lib/client/appearance";
import { segmentText } from "@/lib/client/highlight";

export interface SentenceMark {
  start: number;
  end: number;
  entityId: string;
  type: string;
}

export function MarkedSentence({ sentence, marks }: { sentence: string; marks: SentenceMark[] }) {
  return (
    <>
      {segmentText(sentence, marks).map((seg) =>
        seg.span ? (
          <mark
            key={seg.start}
            className="ent"
            data-entity={seg.span.entityId}
            style={{ borderColor: colourForType(seg.span.type) }}
          >
            {seg.text}
          </mark>
        ) : (
          <span key={seg.start}>{seg.text}</span>
        ),
      )}
    </>
  );
}
