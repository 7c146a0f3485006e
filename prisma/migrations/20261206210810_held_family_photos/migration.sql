-- A photo the family adds from the track page after filing is held from the public pages until an
-- officer of the case lets it onto the bulletin (decision 182): a case already approved would
-- otherwise publish an unreviewed photo of a child the moment it is uploaded. Staff see it at once.
ALTER TABLE "CasePhoto" ADD COLUMN     "heldForReviewAt" TIMESTAMP(3);
