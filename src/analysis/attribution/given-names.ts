/**
 * Common given names, for two things a capitalised word alone cannot tell: that "Don Guardian"
 * or "Frank Church" is a person although "Guardian" and "Church" are also institutions, and
 * whether "he" or "she" can stand for a person. A name in neither list says nothing; the lists
 * only ever add evidence, they never rule a name out.
 */
const MALE = `Aaron Abdul Abdullah Adam Adrian Ahmed Ahmad Alan Albert Alberto Alejandro Alex Alexander Alexei Alexey Ali Alan
Andre Andrea Andrei Andrew Andrzej Andy Angelo Anthony Antonio Antony Arnold Arthur Ashraf Barack Barry Ben Benjamin
Bernard Bernie Bill Billy Bob Bobby Boris Brad Bradley Brandon Brett Brian Bruce Bryan Carl Carlos Chad Charles Charlie
Chris Christian Christopher Chuck Clarence Colin Craig Dale Dan Daniel Danny Dave David Dean Dennis Derek Dick Dmitry
Dmitri Don Donald Doug Douglas Duncan Dwight Ed Eddie Edward Elijah Emmanuel Enrique Eric Erik Ernest Eugene Evan Francis
Francisco Frank Fred Frederick Gabriel Gary Gavin George Gerald Gerhard Gilbert Glenn Gordon Graham Greg Gregory Hans
Harold Harry Hassan Hector Henry Herbert Howard Hugh Hugo Hussein Ian Igor Ivan Jack Jacob Jake Jakub James Jamie Jan
Jared Jason Javier Jay Jean Jeb Jeff Jeffrey Jeremy Jerome Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Jonathan
Jorge Jose Joseph Josh Joshua Juan Julian Justin Karl Keith Ken Kenneth Kevin Kirill Klaus Kurt Lamar Larry Lawrence
Lee Leon Leonard Lindsey Lloyd Louis Luis Luke Malcolm Manuel Marco Marcus Mario Mark Martin Marvin Matt Matthew
Maurice Max Michael Mike Miguel Mikhail Mitch Mitchell Mohammed Mohammad Muhammad Nathan Neil Nicholas Nick Nicolas Nikolai
Noah Norman Oleg Oliver Omar Oscar Pablo Patrick Paul Pedro Pete Peter Phil Philip Phillip Pierre Rafael Ralph Rand Randy
Ray Raymond Reince Ricardo Richard Rick Rob Robert Roberto Robin Rodrigo Roger Roland Ron Ronald Roy Rudy Rupert Russell
Ryan Sam Samuel Scott Sean Sergei Sergey Stanley Stefan Stephen Steve Steven Stuart Ted Terry Thomas Tim Timothy Todd Tom
Tommy Tony Travis Trevor Tyler Victor Vincent Viktor Vladimir Volodymyr Walter Wayne Wesley William Willie Wolfgang Xavier
Yuri Zachary`;
const FEMALE = `Abigail Ada Alexandra Alice Alicia Alison Amanda Amber Amy Ana Andrea Angela Angelina Anita Ann Anna Anne Annette
Annie Antonia Ashley Audrey Barbara Beatrice Becky Betsy Betty Beverly Bonnie Brenda Bridget Brittany Brooke Caitlin Camila
Carla Carly Carmen Carol Caroline Carolyn Catherine Cathy Charlotte Chelsea Cheryl Christina Christine Cindy Claire Clara
Claudia Colleen Connie Courtney Cynthia Dana Danielle Debbie Deborah Debra Denise Diana Diane Donna Doris Dorothy Edith
Elaine Eleanor Elena Elizabeth Ella Ellen Emily Emma Erica Erin Eva Evelyn Fatima Frances Gabriela Gail Gina Giorgia
Gloria Grace Hannah Heather Heidi Helen Hillary Holly Ilhan Irene Iris Isabel Isabella Jackie Jacqueline Jane Janet Janice
Jasmine Jean Jeanne Jennifer Jenny Jessica Jill Joan Joanna Joanne Jodi Josephine Joyce Judith Judy Julia Julie Karen Kate
Katherine Kathleen Kathryn Kathy Katie Kayla Kelly Kim Kimberly Kirsten Kristen Kristin Laura Lauren Leah Linda Lisa Liz
Lois Loretta Lori Louise Lucy Lydia Lynn Madeleine Madison Maggie Mara Margaret Maria Marie Marilyn Marine Marsha Martha
Mary Maxine Megan Melania Melanie Melissa Meryl Michelle Mika Monica Nancy Natalia Natalie Nicola Nicole Nikki Nina Olga
Olivia Pam Pamela Patricia Patty Paula Peggy Penny Rachel Rebecca Regina Rita Roberta Robin Rosa Rose Ruth Sabrina Sally
Samantha Sandra Sara Sarah Sharon Sheila Shirley Sophia Sophie Stacey Stephanie Sue Susan Suzanne Sylvia Tamara Tammy
Tanya Teresa Theresa Tiffany Tina Tracy Tulsi Ursula Valerie Vanessa Veronica Victoria Virginia Wendy Whitney Yulia Yvonne
Zoe`;

const toSet = (names: string) => new Set(names.split(/\s+/u).filter(Boolean));
const MALE_NAMES = toSet(MALE);
const FEMALE_NAMES = toSet(FEMALE);

/** Whether a word is a common given name. */
export function isGivenName(word: string): boolean {
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word);
}

/** The sex a given name usually has, when it is not used for both. */
export function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  const male = MALE_NAMES.has(word);
  const female = FEMALE_NAMES.has(word);
  return male === female ? undefined : male ? 'male' : 'female';
}
